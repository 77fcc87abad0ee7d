import type { SeedPerson } from './types'

/** Two fictional people: the article’s author and its medical reviewer. Text only. */
export const people: SeedPerson[] = [
  {
    key: 'author',
    name: 'Sanne de Vries',
    role: { en: 'Editor, Heupfit', nl: 'Redacteur bij Heupfit' },
    bio: {
      en: 'Sanne writes about running injuries for Heupfit and has run eleven marathons herself. She turns what physiotherapists and doctors tell her into advice you can use on your next run.',
      nl: 'Sanne schrijft voor Heupfit over hardloopblessures en liep zelf elf marathons. Ze vertaalt wat fysiotherapeuten en artsen haar vertellen naar adviezen waar je bij je volgende rondje iets aan hebt.',
    },
    photoAlt: {
      en: 'Illustrated portrait placeholder: the initials SV in white on a coloured circle.',
      nl: 'Illustratie in plaats van een portretfoto: de initialen SV in wit op een gekleurde cirkel.',
    },
  },
  {
    key: 'reviewer',
    name: 'Mark Jansen',
    role: { en: 'Sports physiotherapist', nl: 'Sportfysiotherapeut' },
    bio: {
      en: 'Mark is a sports physiotherapist who has treated runners with hip and groin pain for many years. He checks Heupfit’s articles for medical accuracy.',
      nl: 'Mark is sportfysiotherapeut en behandelt al jaren hardlopers met heup- en liesklachten. Hij controleert de artikelen van Heupfit op medische juistheid.',
    },
    photoAlt: {
      en: 'Illustrated portrait placeholder: the initials MJ in white on a coloured circle.',
      nl: 'Illustratie in plaats van een portretfoto: de initialen MJ in wit op een gekleurde cirkel.',
    },
  },
]
