import type { SeedSettings } from './types'

/** Site-wide text. */
export const settings: SeedSettings = {
  siteName: 'Heupfit',
  tagline: {
    en: 'Clear, practical help for runners with hip pain',
    nl: 'Heldere, praktische hulp voor hardlopers met heupklachten',
  },
  medicalDisclaimer: {
    en: 'The information on Heupfit is general and is not personal medical advice. Every runner and every injury is different, so have your symptoms assessed by a physiotherapist or doctor. If your pain gets worse or you’re unsure, don’t wait to get help.',
    nl: 'De informatie op Heupfit is algemeen en geen persoonlijk medisch advies. Elke hardloper en elke blessure is anders, dus laat je klachten beoordelen door een fysiotherapeut of arts. Wordt de pijn erger of twijfel je, wacht dan niet te lang met hulp zoeken.',
  },
  footerText: {
    en: 'Heupfit: independent information about hip injuries for runners, checked by a sports physiotherapist.',
    nl: 'Heupfit: onafhankelijke informatie over heupblessures voor hardlopers, gecontroleerd door een sportfysiotherapeut.',
  },
}
