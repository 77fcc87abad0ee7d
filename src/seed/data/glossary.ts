import type { SeedGlossaryTerm } from './types'

/**
 * The medical terms of the seed article, each with its approved English term and a short
 * explanation for readers in both languages (our own words). `variants` are other forms that
 * count as the term: plurals the stemmer does not join, synonyms, compounds.
 */
export const glossary: SeedGlossaryTerm[] = [
  {
    term: { nl: 'heupgewricht', en: 'hip joint' },
    variants: { nl: ['heupgewrichten'], en: [] },
    note: {
      nl: 'Het kogelgewricht tussen de kop van het dijbeen en de heupkom in het bekken.',
      en: 'The ball-and-socket joint between the head of the thigh bone and the socket in the pelvis.',
    },
  },
  {
    term: { nl: 'lies', en: 'groin' },
    variants: { nl: ['liezen', 'liesstreek', 'liespijn'], en: ['groin pain'] },
    note: {
      nl: 'De overgang van buik naar bovenbeen, aan de voorkant. Pijn diep in de lies kan uit de heup komen.',
      en: 'Where the belly meets the thigh, at the front. Pain deep in the groin can come from the hip.',
    },
  },
  {
    term: { nl: 'peesaanhechting', en: 'tendon attachment' },
    variants: { nl: ['peesaanhechtingen', 'aanhechten', 'aanhechting'], en: ['attach', 'attachment'] },
    note: {
      nl: 'De plek waar een pees aan het bot vastzit. Te veel belasting kan daar pijn geven.',
      en: 'The spot where a tendon is fixed to the bone. Too much load can make it painful there.',
    },
  },
  {
    term: { nl: 'labrum', en: 'labrum' },
    doNotTranslate: true,
    variants: { nl: [], en: ['labral'] },
    note: {
      nl: 'Een ring van kraakbeen langs de rand van de heupkom, die de kom dieper maakt.',
      en: 'A ring of cartilage along the rim of the hip socket that makes the socket deeper.',
    },
    translatorNote: {
      nl: 'Vaktaal die in beide talen gelijk is; niet vertalen.',
      en: 'The same word in both languages; do not translate it.',
    },
  },
  {
    term: { nl: 'meniscus', en: 'meniscus' },
    doNotTranslate: true,
    variants: { nl: ['menisci'], en: ['menisci'] },
    note: {
      nl: 'Een schijf van kraakbeen in de knie. Het labrum wordt weleens ‘de meniscus van de heup’ genoemd.',
      en: 'A disc of cartilage in the knee. The labrum is sometimes called “the meniscus of the hip”.',
    },
  },
  {
    term: { nl: 'overbelasting', en: 'overload' },
    variants: { nl: ['overbelast', 'overbelaste', 'overbelastingsblessure', 'overbelastingsblessures'], en: ['overloaded', 'overuse'] },
    note: {
      nl: 'Meer belasting dan een spier, pees of gewricht op dat moment aankan, vaak door te snel op te bouwen.',
      en: 'More load than a muscle, tendon or joint can handle at that moment, often from building up too fast.',
    },
  },
  {
    term: { nl: 'pees', en: 'tendon' },
    variants: { nl: ['pezen'], en: [] },
    note: {
      nl: 'Stevig bindweefsel dat een spier aan het bot vastmaakt.',
      en: 'Tough connective tissue that fixes a muscle to the bone.',
    },
  },
  {
    term: { nl: 'hamstrings', en: 'hamstrings' },
    doNotTranslate: true,
    variants: { nl: ['hamstring'], en: [] },
    note: {
      nl: 'De spieren aan de achterkant van het bovenbeen; ze buigen de knie en strekken de heup.',
      en: 'The muscles at the back of the thigh; they bend the knee and straighten the hip.',
    },
  },
  {
    term: { nl: 'bilspieren', en: 'glutes' },
    variants: { nl: ['bilspier'], en: ['gluteal muscles', 'glute'] },
    note: {
      nl: 'De spieren van de billen. Ze strekken de heup en houden het bekken recht als je op één been landt.',
      en: 'The muscles of the buttocks. They straighten the hip and keep the pelvis level when you land on one leg.',
    },
  },
  {
    term: { nl: 'heupkom', en: 'hip socket' },
    variants: { nl: [], en: ['socket'] },
    note: {
      nl: 'De holte in het bekken waarin de kop van het dijbeen draait.',
      en: 'The hollow in the pelvis in which the head of the thigh bone turns.',
    },
  },
  {
    term: { nl: 'dijbeen', en: 'thigh bone' },
    variants: { nl: [], en: ['femur'] },
    note: {
      nl: 'Het lange bot van het bovenbeen, van heup tot knie.',
      en: 'The long bone of the thigh, from hip to knee.',
    },
  },
  {
    term: { nl: 'bovenbeen', en: 'thigh' },
    variants: { nl: ['bovenbeenspieren'], en: [] },
    note: {
      nl: 'Het deel van het been tussen heup en knie.',
      en: 'The part of the leg between hip and knee.',
    },
  },
  {
    term: { nl: 'rompspieren', en: 'core' },
    variants: { nl: ['romp'], en: ['core muscles'] },
    note: {
      nl: 'De spieren van buik, rug en bekken die je romp stabiel houden.',
      en: 'The muscles of the belly, back and pelvis that keep your trunk steady.',
    },
  },
  {
    term: { nl: 'bekken', en: 'pelvis' },
    variants: { nl: [], en: [] },
    note: {
      nl: 'De ring van botten onderaan de romp, waarin de heupkommen liggen.',
      en: 'The ring of bones at the base of the trunk that holds the hip sockets.',
    },
  },
  {
    term: { nl: 'kraakbeen', en: 'cartilage' },
    variants: { nl: [], en: [] },
    note: {
      nl: 'Glad, stevig weefsel dat botten in een gewricht beschermt.',
      en: 'Smooth, firm tissue that protects the bones in a joint.',
    },
  },
  {
    term: { nl: 'sportfysiotherapeut', en: 'sports physiotherapist' },
    variants: { nl: ['sportfysiotherapeuten'], en: [] },
    note: {
      nl: 'Een fysiotherapeut die zich heeft gespecialiseerd in sportblessures.',
      en: 'A physiotherapist who specialises in sports injuries.',
    },
  },
  {
    term: { nl: 'krachttraining', en: 'strength training' },
    variants: { nl: [], en: [] },
    note: {
      nl: 'Oefeningen die spieren en pezen sterker maken door ze steeds iets zwaarder te belasten.',
      en: 'Exercises that make muscles and tendons stronger by loading them a little more each time.',
    },
  },
  {
    term: { nl: 'hinkelen', en: 'hopping' },
    variants: { nl: ['hinkelsprongen'], en: ['hops', 'hop'] },
    note: {
      nl: 'Springen en landen op één been: de belasting die hardlopen ook vraagt.',
      en: 'Jumping and landing on one leg: the same kind of load that running asks for.',
    },
  },
  {
    term: { nl: 'aquajoggen', en: 'aqua jogging' },
    variants: { nl: ['aquajogging'], en: [] },
    note: {
      nl: 'Hardlopen in diep water met een drijfgordel, zonder de klap van het landen.',
      en: 'Running in deep water with a buoyancy belt, without the impact of landing.',
    },
  },
]
