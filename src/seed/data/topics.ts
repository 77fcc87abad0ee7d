import type { SeedTopic } from './types'

/** The three topics that group the articles. Text only. */
export const topics: SeedTopic[] = [
  {
    key: 'hip-injuries',
    name: { en: 'Hip injuries', nl: 'Heupblessures' },
    slug: { en: 'hip-injuries', nl: 'heupblessures' },
    description: {
      en: 'How hip overload develops in runners, how to recognise it and what helps you recover.',
      nl: 'Hoe overbelasting van de heup bij hardlopers ontstaat, hoe je het herkent en wat helpt bij je herstel.',
    },
  },
  {
    key: 'strength-training',
    name: { en: 'Strength training', nl: 'Krachttraining' },
    slug: { en: 'strength-training', nl: 'krachttraining' },
    description: {
      en: 'Exercises for your core, glutes, hips and thighs that support your recovery from overload and help prevent it.',
      nl: 'Oefeningen voor je romp, bilspieren, heupen en bovenbenen die je herstel na overbelasting ondersteunen en helpen die te voorkomen.',
    },
  },
  {
    key: 'cross-training',
    name: { en: 'Cross-training', nl: 'Alternatief trainen' },
    slug: { en: 'cross-training', nl: 'alternatief-trainen' },
    description: {
      en: 'How to stay fit when running hurts: the cross-trainer, cycling and aqua jogging.',
      nl: 'Zo blijf je fit als hardlopen pijn doet: op de crosstrainer, op de fiets of met aquajoggen.',
    },
  },
]
