import type { SeedArticle } from './types'

/** The first article: the overloaded hip in runners. Same structure in both languages. */
export const article: SeedArticle = {
  key: 'overloaded-hip',
  title: {
    en: 'The overloaded hip: what runners can do about it',
    nl: 'Overbelaste heup: wat kun je er als hardloper aan doen?',
  },
  slug: {
    en: 'overloaded-hip-in-runners',
    nl: 'overbelaste-heup-bij-hardlopers',
  },
  excerpt: {
    en: 'Hip pain in runners is often vague and hard to pin down. Here’s what can be behind it, why strength training comes first and how to keep moving while you recover.',
    nl: 'Heupklachten bij hardlopers zijn vaak vaag en lastig aan te wijzen. Lees wat erachter kan zitten, waarom krachttraining voorop staat en hoe je in beweging blijft tijdens je herstel.',
  },
  metaDescription: {
    en: 'Overloaded hip from running? The symptoms, possible causes, and why strength training and staying active help. With a six-week program.',
    nl: 'Overbelaste heup door hardlopen? Lees over klachten, mogelijke oorzaken en waarom krachttraining en actief blijven helpen. Met een schema van zes weken.',
  },
  heroAlt: {
    en: 'Abstract illustration of a runner’s silhouette on an athletics track, with the hip highlighted.',
    nl: 'Abstracte illustratie van het silhouet van een hardloper op een atletiekbaan, met de heup uitgelicht.',
  },
  heroCaption: {
    en: 'Hip pain is often hard to pin down: you may feel it in your groin, your buttock, your inner thigh or even your knee.',
    nl: 'Heuppijn is vaak lastig aan te wijzen: je kunt die voelen in je lies, je bil, de binnenkant van je bovenbeen of zelfs je knie.',
  },
  body: {
    en: [
      { type: 'heading', level: 2, text: 'Less common than the knee, but it happens' },
      {
        type: 'paragraph',
        text: 'Ask runners about overload injuries and most will think of the knee first. That makes sense: the knee gets overloaded more often than the hip. But an overloaded hip happens too, and sports physiotherapists see it regularly. It shows up mostly in older runners and in people who played another demanding sport, such as football, before they took up running.',
      },
      {
        type: 'paragraph',
        text: 'The encouraging part: for most runners the way back doesn’t start on an operating table, but at home, with targeted strength training and a good dose of patience. In this article you’ll read how to recognise an overloaded hip, what can be behind it and how to keep moving while it recovers.',
      },
      { type: 'heading', level: 2, text: 'Vague symptoms that are hard to pin down' },
      {
        type: 'paragraph',
        text: 'Hip pain rarely stays neatly in one spot. Many runners find it hard to say exactly where it hurts. Common signs are:',
      },
      {
        type: 'list',
        items: [
          'pain deep in the groin',
          'pain that radiates to the buttock',
          'pain along the inside of the thigh',
          'pain that spreads towards the knee',
        ],
      },
      {
        type: 'paragraph',
        text: 'Sometimes the knee even hurts first, which can send you looking in the wrong place. So if knee pain doesn’t settle, it’s worth having your hip checked as well.',
      },
      { type: 'heading', level: 2, text: 'What can be behind it' },
      {
        type: 'paragraph',
        text: 'An overloaded hip can have different causes. Here are two that physiotherapists see in runners.',
      },
      { type: 'heading', level: 3, text: 'A small tear in the labrum' },
      {
        type: 'paragraph',
        text: 'The labrum is a ring of cartilage around the rim of the hip socket. It deepens the socket and helps hold the head of your thigh bone in place. Runners sometimes call it “the meniscus of the hip”. A small tear in it can cause pain deep in the groin.',
      },
      { type: 'heading', level: 3, text: 'Trouble where the tendons attach' },
      {
        type: 'paragraph',
        text: 'Your hamstrings, the muscles at the back of your thigh, and your glutes are attached to the bone by tendons. Where those tendons attach, they can become irritated when they have had to handle more load than they could cope with for a while. That can cause pain in your buttock or around your hip.',
      },
      {
        type: 'paragraph',
        text: 'Which cause applies to you is something a physiotherapist or doctor can assess. The first steps are often similar, though: build strength and keep moving sensibly.',
      },
      {
        type: 'callout',
        tone: 'seeProfessional',
        title: 'When to see a physiotherapist or doctor',
        text: 'Contact your doctor straight away if you can’t bear weight on your leg, or if you have a fever along with hip pain. Make an appointment with a physiotherapist or your doctor if you have pain at rest or at night, or if the pain keeps getting worse. Also get help if your symptoms don’t ease after a few weeks of sensible training.',
      },
      { type: 'heading', level: 2, text: 'Surgery is the last step' },
      {
        type: 'paragraph',
        text: 'For some of these injuries, such as a labral tear, surgery is an option. Sports physiotherapists are cautious about it, though: they consider the chance that an operation solves the problem to be small. That makes it the last step, not the first.',
      },
      {
        type: 'paragraph',
        text: 'What comes before it is within your own reach: training the muscles around your hip. Your core, your glutes and the muscles of your hip and thigh work together to keep your pelvis steady and to share the load that every stride puts on the joint and its tendons.',
      },
      {
        type: 'expertQuote',
        quote: 'With an overloaded hip, I always start with strength: the core, glutes, hip and thigh muscles. For many runners, that’s where the way back begins. Surgery is the last step, for when that really doesn’t help, and even then I’m cautious, because the chance of success is small.',
        person: 'reviewer',
      },
      { type: 'heading', level: 2, text: 'Strength training: for recovery and prevention' },
      {
        type: 'paragraph',
        text: 'Strength training helps you recover from overload, and it also helps prevent it. You don’t need a gym to get started. These three exercises need little more than a mat and are a good place to begin.',
      },
      {
        type: 'exercise',
        exercise: 'glute-bridge',
        dosage: { sets: 3, reps: 12, holdSeconds: 2, restSeconds: 60 },
        note: 'A good first exercise: light on the hip, and you feel your glutes working straight away.',
      },
      {
        type: 'exercise',
        exercise: 'clamshell',
        dosage: { sets: 3, reps: 15, restSeconds: 45, perSide: true },
        note: 'Keep your pelvis still; a small movement is enough.',
      },
      {
        type: 'exercise',
        exercise: 'side-plank',
        dosage: { sets: 3, holdSeconds: 30, restSeconds: 45, perSide: true },
        note: 'Start with bent knees if 30 seconds with straight legs is too much.',
      },
      { type: 'heading', level: 3, text: 'Train the way you run' },
      {
        type: 'paragraph',
        text: 'Running is, in effect, jumping from one leg to the other. With every stride you land on one leg, and your hip has to catch your body weight and keep your pelvis level. So train sport-specifically as well: once the basic exercises go well, move on to exercises on one leg and, eventually, to hopping. That way your muscles and tendons get used to exactly the kind of load that running puts on them.',
      },
      { type: 'paragraph', text: 'A few rules of thumb:' },
      {
        type: 'list',
        items: [
          'Train two or three times a week, with a rest day in between.',
          'You may feel your muscles working. Sharp pain, or pain that is worse the next morning, means it’s time to take a step back.',
          'Only make an exercise harder once it feels easy and controlled.',
        ],
      },
      {
        type: 'exerciseProgram',
        title: 'A six-week starting program',
        intro: 'Do the program on non-consecutive days, and only move on to the next phase when the current one feels easy and pain-free. If you need more time for a phase, take it. In the last phase, two sessions a week are enough: hopping is more demanding, and your body needs more time to recover in between.',
        phases: [
          {
            name: 'Foundation',
            weeks: '1–2',
            frequencyPerWeek: 3,
            exercises: [
              { exercise: 'glute-bridge', dosage: { sets: 3, reps: 12, holdSeconds: 2, restSeconds: 60 } },
              { exercise: 'dead-bug', dosage: { sets: 3, reps: 10, restSeconds: 45, perSide: true } },
              { exercise: 'clamshell', dosage: { sets: 3, reps: 15, restSeconds: 45, perSide: true } },
              {
                exercise: 'aqua-jogging',
                dosage: { sets: 1, durationMinutes: 30 },
                note: 'On one of your other days; cycling or the cross-trainer works too.',
              },
            ],
          },
          {
            name: 'Build-up',
            weeks: '3–4',
            frequencyPerWeek: 3,
            exercises: [
              {
                exercise: 'single-leg-bridge',
                dosage: { sets: 3, reps: 10, holdSeconds: 2, restSeconds: 60, perSide: true },
              },
              { exercise: 'side-plank', dosage: { sets: 3, holdSeconds: 30, restSeconds: 45, perSide: true } },
              {
                exercise: 'copenhagen-plank',
                dosage: { sets: 3, holdSeconds: 15, restSeconds: 60, perSide: true },
                note: 'With your knee on the bench.',
              },
              {
                exercise: 'step-down',
                dosage: { sets: 3, reps: 8, restSeconds: 60, perSide: true },
                note: 'Start with a low step.',
              },
            ],
          },
          {
            name: 'Running-specific',
            weeks: '5–6',
            frequencyPerWeek: 2,
            exercises: [
              { exercise: 'split-squat', dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true } },
              { exercise: 'step-down', dosage: { sets: 3, reps: 12, restSeconds: 60, perSide: true } },
              {
                exercise: 'copenhagen-plank',
                dosage: { sets: 3, holdSeconds: 20, restSeconds: 60, perSide: true },
                note: 'Only move to the ankle version if the knee version feels easy.',
              },
              {
                exercise: 'single-leg-hops',
                dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true },
                note: 'Only once the step-down and split squat are pain-free.',
              },
            ],
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Complete rest isn’t needed' },
      {
        type: 'paragraph',
        text: 'When your hip hurts, it’s tempting to stop everything. But complete rest isn’t needed: staying active actually helps an overloaded hip recover. Look at what you can do, not at what you can’t.',
      },
      {
        type: 'paragraph',
        text: 'Does landing hurt when you run? Then swap some of your runs for training without impact:',
      },
      {
        type: 'list',
        items: [
          'the cross-trainer',
          'cycling, outdoors or on a home trainer',
          'aqua jogging: running in deep water with a buoyancy belt',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        title: 'Keep moving',
        text: 'Swap a run for the same amount of time on the cross-trainer, on the bike or in the pool. You keep up your fitness, and your hip gets the movement that helps it recover, without the impact of landing.',
      },
      { type: 'heading', level: 2, text: 'Be patient' },
      {
        type: 'paragraph',
        text: 'Recovering from an overloaded hip takes time. Especially when a tendon or the labrum is involved, it can take a few months. That can be frustrating, but it isn’t unusual. Keep moving during that time and keep up your exercises.',
      },
      { type: 'heading', level: 3, text: 'Building your running back up' },
      {
        type: 'paragraph',
        text: 'Build your running back up gradually. It could look like this:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'First make sure you can walk briskly for 30 minutes without pain.',
          'Check that the single-leg exercises and hops from the last phase of the program are pain-free.',
          'Start with short run–walk sessions, for example one minute of running and one minute of walking, ten times over.',
          'Make the running blocks longer step by step, and only take the next step when your hip stays calm during the run and the day after.',
        ],
      },
      {
        type: 'paragraph',
        text: 'A setback doesn’t mean you’re back at square one. Return to the previous step for a while and build up again from there.',
      },
      { type: 'heading', level: 2, text: 'In short' },
      {
        type: 'list',
        items: [
          'Hip overload is less common than knee overload, but it happens, especially in older runners and in people who used to play a demanding sport such as football.',
          'Symptoms are often vague: deep in the groin, or radiating to the buttock, the inner thigh or the knee.',
          'Strengthen your core, glutes, hip and thigh muscles first; surgery is the last step.',
          'Train the way you run: on one leg and with hops.',
          'Stay active, and cross-train if landing hurts.',
          'Be patient: recovery can take a few months.',
        ],
      },
    ],
    nl: [
      { type: 'heading', level: 2, text: 'Minder vaak dan de knie, maar het komt voor' },
      {
        type: 'paragraph',
        text: 'Vraag hardlopers naar overbelastingsblessures en de meesten denken eerst aan de knie. Dat is logisch: de knie raakt vaker overbelast dan de heup. Toch komt een overbelaste heup ook voor, en sportfysiotherapeuten zien het regelmatig. Het gaat vooral om oudere hardlopers en om mensen die eerder een andere zware sport deden, zoals voetbal, voordat ze gingen hardlopen.',
      },
      {
        type: 'paragraph',
        text: 'Het goede nieuws: voor de meeste hardlopers begint de weg terug niet op de operatietafel, maar gewoon thuis, met gerichte krachttraining en een flinke dosis geduld. In dit artikel lees je hoe je een overbelaste heup herkent, wat erachter kan zitten en hoe je in beweging blijft terwijl je heup herstelt.',
      },
      { type: 'heading', level: 2, text: 'Vage klachten die je lastig kunt aanwijzen' },
      {
        type: 'paragraph',
        text: 'Heuppijn blijft zelden netjes op één plek. Veel hardlopers vinden het moeilijk om precies aan te wijzen waar het pijn doet. Veelvoorkomende signalen zijn:',
      },
      {
        type: 'list',
        items: [
          'pijn diep in de lies',
          'pijn die uitstraalt naar de bil',
          'pijn aan de binnenkant van het bovenbeen',
          'pijn die richting de knie trekt',
        ],
      },
      {
        type: 'paragraph',
        text: 'Soms doet zelfs eerst de knie pijn, waardoor je op de verkeerde plek gaat zoeken. Gaat kniepijn niet over, dan is het dus zinvol om ook je heup te laten nakijken.',
      },
      { type: 'heading', level: 2, text: 'Wat erachter kan zitten' },
      {
        type: 'paragraph',
        text: 'Een overbelaste heup kan verschillende oorzaken hebben. Hier zijn er twee die fysiotherapeuten bij hardlopers zien.',
      },
      { type: 'heading', level: 3, text: 'Een scheurtje in het labrum' },
      {
        type: 'paragraph',
        text: 'Het labrum is een ring van kraakbeen rond de rand van de heupkom. Het maakt de kom dieper en helpt de kop van je dijbeen op zijn plek te houden. Hardlopers noemen het weleens ‘de meniscus van de heup’. Een klein scheurtje daarin kan pijn diep in de lies geven.',
      },
      { type: 'heading', level: 3, text: 'Problemen waar de pezen aanhechten' },
      {
        type: 'paragraph',
        text: 'Je hamstrings, de spieren aan de achterkant van je bovenbeen, en je bilspieren zitten met pezen vast aan het bot. Waar die pezen aanhechten, kunnen ze geïrriteerd raken als ze een tijd meer belasting te verwerken kregen dan ze aankonden. Dat kan pijn geven in je bil of rond je heup.',
      },
      {
        type: 'paragraph',
        text: 'Welke oorzaak bij jou speelt, kan een fysiotherapeut of arts beoordelen. De eerste stappen lijken wel vaak op elkaar: kracht opbouwen en verstandig in beweging blijven.',
      },
      {
        type: 'callout',
        tone: 'seeProfessional',
        title: 'Wanneer naar de fysiotherapeut of huisarts?',
        text: 'Neem meteen contact op met je huisarts als je niet op je been kunt steunen of als je naast heuppijn koorts hebt. Maak een afspraak bij een fysiotherapeut of je huisarts als je pijn hebt in rust of ’s nachts, of als de pijn steeds erger wordt. Zoek ook hulp als je klachten na een paar weken verstandig trainen niet afnemen.',
      },
      { type: 'heading', level: 2, text: 'Opereren is de laatste stap' },
      {
        type: 'paragraph',
        text: 'Voor een deel van deze blessures, zoals een scheurtje in het labrum, bestaat een operatie. Sportfysiotherapeuten zijn daar wel terughoudend in: de kans dat een operatie het probleem oplost, schatten ze klein in. Daarom is het de laatste stap, niet de eerste.',
      },
      {
        type: 'paragraph',
        text: 'Wat daarvoor komt, heb je zelf in de hand: de spieren rond je heup trainen. Je rompspieren, je bilspieren en de spieren van je heup en bovenbeen houden samen je bekken stabiel en verdelen de belasting die elke pas op het gewricht en de pezen zet.',
      },
      {
        type: 'expertQuote',
        quote: 'Bij een overbelaste heup begin ik altijd met kracht: romp, billen, heup- en bovenbeenspieren. Daar begint voor veel hardlopers de weg terug. Een operatie is de laatste stap, voor als dat echt niet helpt, en ook dan ben ik voorzichtig, want de kans van slagen is klein.',
        person: 'reviewer',
      },
      { type: 'heading', level: 2, text: 'Krachttraining: voor herstel én preventie' },
      {
        type: 'paragraph',
        text: 'Krachttraining helpt je te herstellen van overbelasting, en helpt ook om die te voorkomen. Je hebt er geen sportschool voor nodig. Deze drie oefeningen vragen weinig meer dan een mat en zijn een goed begin.',
      },
      {
        type: 'exercise',
        exercise: 'glute-bridge',
        dosage: { sets: 3, reps: 12, holdSeconds: 2, restSeconds: 60 },
        note: 'Een goede eerste oefening: licht voor je heup, en je voelt je bilspieren meteen werken.',
      },
      {
        type: 'exercise',
        exercise: 'clamshell',
        dosage: { sets: 3, reps: 15, restSeconds: 45, perSide: true },
        note: 'Houd je bekken stil; een kleine beweging is genoeg.',
      },
      {
        type: 'exercise',
        exercise: 'side-plank',
        dosage: { sets: 3, holdSeconds: 30, restSeconds: 45, perSide: true },
        note: 'Begin met gebogen knieën als 30 seconden met gestrekte benen te zwaar is.',
      },
      { type: 'heading', level: 3, text: 'Train zoals je loopt' },
      {
        type: 'paragraph',
        text: 'Hardlopen is eigenlijk springen van het ene been op het andere. Bij elke pas land je op één been, en je heup moet dan je lichaamsgewicht opvangen en je bekken recht houden. Train daarom ook sportspecifiek: gaan de basisoefeningen goed, stap dan over op oefeningen op één been en uiteindelijk op hinkelen. Zo wennen je spieren en pezen aan precies de belasting die hardlopen van ze vraagt.',
      },
      { type: 'paragraph', text: 'Een paar vuistregels:' },
      {
        type: 'list',
        items: [
          'Train twee à drie keer per week, met een rustdag ertussen.',
          'Je mag je spieren voelen werken. Scherpe pijn, of pijn die de volgende ochtend erger is, is een teken om een stap terug te doen.',
          'Maak een oefening pas zwaarder als ze makkelijk en gecontroleerd gaat.',
        ],
      },
      {
        type: 'exerciseProgram',
        title: 'Een startprogramma van zes weken',
        intro: 'Doe het programma op dagen die niet direct op elkaar volgen, en ga pas naar de volgende fase als de huidige makkelijk en pijnvrij gaat. Heb je meer tijd nodig voor een fase, neem die dan gerust. In de laatste fase zijn twee trainingen per week genoeg: hinkelen is zwaarder, en je lichaam heeft meer hersteltijd nodig tussendoor.',
        phases: [
          {
            name: 'Basis',
            weeks: '1–2',
            frequencyPerWeek: 3,
            exercises: [
              { exercise: 'glute-bridge', dosage: { sets: 3, reps: 12, holdSeconds: 2, restSeconds: 60 } },
              { exercise: 'dead-bug', dosage: { sets: 3, reps: 10, restSeconds: 45, perSide: true } },
              { exercise: 'clamshell', dosage: { sets: 3, reps: 15, restSeconds: 45, perSide: true } },
              {
                exercise: 'aqua-jogging',
                dosage: { sets: 1, durationMinutes: 30 },
                note: 'Op een van je andere dagen; fietsen of de crosstrainer kan ook.',
              },
            ],
          },
          {
            name: 'Opbouw',
            weeks: '3–4',
            frequencyPerWeek: 3,
            exercises: [
              {
                exercise: 'single-leg-bridge',
                dosage: { sets: 3, reps: 10, holdSeconds: 2, restSeconds: 60, perSide: true },
              },
              { exercise: 'side-plank', dosage: { sets: 3, holdSeconds: 30, restSeconds: 45, perSide: true } },
              {
                exercise: 'copenhagen-plank',
                dosage: { sets: 3, holdSeconds: 15, restSeconds: 60, perSide: true },
                note: 'Met je knie op de bank.',
              },
              {
                exercise: 'step-down',
                dosage: { sets: 3, reps: 8, restSeconds: 60, perSide: true },
                note: 'Begin met een lage trede.',
              },
            ],
          },
          {
            name: 'Loopspecifiek',
            weeks: '5–6',
            frequencyPerWeek: 2,
            exercises: [
              { exercise: 'split-squat', dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true } },
              { exercise: 'step-down', dosage: { sets: 3, reps: 12, restSeconds: 60, perSide: true } },
              {
                exercise: 'copenhagen-plank',
                dosage: { sets: 3, holdSeconds: 20, restSeconds: 60, perSide: true },
                note: 'Stap pas over op de enkelvariant als de knievariant makkelijk gaat.',
              },
              {
                exercise: 'single-leg-hops',
                dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true },
                note: 'Alleen als de step-down en de split squat pijnvrij gaan.',
              },
            ],
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Volledige rust is niet nodig' },
      {
        type: 'paragraph',
        text: 'Als je heup pijn doet, is het verleidelijk om met alles te stoppen. Maar volledige rust is niet nodig: in beweging blijven helpt een overbelaste heup juist bij het herstel. Kijk naar wat je wél kunt, niet naar wat niet lukt.',
      },
      {
        type: 'paragraph',
        text: 'Doet het landen pijn tijdens het hardlopen? Vervang dan een deel van je looptrainingen door training zonder landingsklap:',
      },
      {
        type: 'list',
        items: [
          'de crosstrainer',
          'fietsen, buiten of op een fietstrainer',
          'aquajoggen: hardlopen in diep water met een drijfgordel',
        ],
      },
      {
        type: 'callout',
        tone: 'tip',
        title: 'Blijf in beweging',
        text: 'Ruil een looptraining in voor dezelfde tijd op de crosstrainer, op de fiets of in het zwembad. Zo houd je je conditie op peil en krijgt je heup de beweging die helpt bij het herstel, zonder de klap van het landen.',
      },
      { type: 'heading', level: 2, text: 'Heb geduld' },
      {
        type: 'paragraph',
        text: 'Herstel van een overbelaste heup kost tijd. Vooral als een pees of het labrum betrokken is, kan het een paar maanden duren. Dat kan frustrerend zijn, maar het is niet ongewoon. Blijf in die tijd bewegen en blijf je oefeningen doen.',
      },
      { type: 'heading', level: 3, text: 'Hardlopen weer opbouwen' },
      {
        type: 'paragraph',
        text: 'Bouw het hardlopen geleidelijk weer op. Dat kan er zo uitzien:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Zorg eerst dat je 30 minuten stevig kunt wandelen zonder pijn.',
          'Controleer of de oefeningen op één been en het hinkelen uit de laatste fase van het programma pijnvrij gaan.',
          'Begin met korte sessies van hardlopen en wandelen, bijvoorbeeld tien keer één minuut hardlopen en één minuut wandelen.',
          'Maak de loopblokken stap voor stap langer en zet pas een volgende stap als je heup rustig blijft tijdens het lopen en de dag erna.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Een terugslag betekent niet dat je weer bij nul begint. Ga een tijdje terug naar de vorige stap en bouw van daaruit weer op.',
      },
      { type: 'heading', level: 2, text: 'Kort samengevat' },
      {
        type: 'list',
        items: [
          'Een overbelaste heup komt minder vaak voor dan een overbelaste knie, maar het gebeurt, vooral bij oudere hardlopers en bij mensen die eerder een zware sport als voetbal deden.',
          'De klachten zijn vaak vaag: diep in de lies, of uitstralend naar de bil, de binnenkant van het bovenbeen of de knie.',
          'Train eerst je romp, bilspieren en heup- en bovenbeenspieren; een operatie is de laatste stap.',
          'Train zoals je loopt: op één been en met hinkelen.',
          'Blijf actief, en train alternatief als het landen pijn doet.',
          'Heb geduld: herstel kan een paar maanden duren.',
        ],
      },
    ],
  },
  topics: ['hip-injuries', 'strength-training', 'cross-training'],
  author: 'author',
  reviewer: 'reviewer',
  publishedAt: '2026-10-01T08:00:00.000Z',
  reviewedAt: '2026-09-24T00:00:00.000Z',
  // Each checked against the journal's own page: title, journal, year and DOI.
  sources: [
    {
      title:
        'Physiotherapist-led treatment for young to middle-aged active adults with hip-related pain: consensus recommendations from the International Hip-related Pain Research Network, Zurich 2018',
      publisher: 'British Journal of Sports Medicine',
      year: 2020,
      doi: '10.1136/bjsports-2019-101458',
      note: {
        en: 'Exercise therapy of at least three months, dosed and built up step by step, as the first treatment for hip-related pain.',
        nl: 'Oefentherapie van minstens drie maanden, goed gedoseerd en stap voor stap opgebouwd, als eerste behandeling van heupklachten.',
      },
    },
    {
      title:
        'The Warwick Agreement on femoroacetabular impingement syndrome (FAI syndrome): an international consensus statement',
      publisher: 'British Journal of Sports Medicine',
      year: 2016,
      doi: '10.1136/bjsports-2016-096743',
      note: {
        en: 'International agreement on diagnosing and treating hip impingement, including labral damage: conservative care and rehabilitation alongside surgery.',
        nl: 'Internationale afspraken over diagnose en behandeling van heupimpingement, met schade aan het labrum: conservatieve zorg en revalidatie naast een operatie.',
      },
    },
    {
      title: 'Doha agreement meeting on terminology and definitions in groin pain in athletes',
      publisher: 'British Journal of Sports Medicine',
      year: 2015,
      doi: '10.1136/bjsports-2015-094869',
      note: {
        en: 'Why groin pain can come from the hip itself, and how it is told apart from other causes of groin pain.',
        nl: 'Waarom liespijn uit de heup zelf kan komen, en hoe die wordt onderscheiden van andere oorzaken van liespijn.',
      },
    },
    {
      title: 'Proximal Hamstring Tendinopathy: Clinical Aspects of Assessment and Management',
      publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
      year: 2016,
      doi: '10.2519/jospt.2016.5986',
      note: {
        en: 'Pain where the hamstring tendons attach, common in runners, and its treatment with gradually increasing load.',
        nl: 'Pijn waar de hamstringpezen aanhechten, vaak bij hardlopers, en de behandeling met geleidelijk zwaardere belasting.',
      },
    },
    {
      title:
        'The effectiveness of exercise interventions to prevent sports injuries: a systematic review and meta-analysis of randomised controlled trials',
      publisher: 'British Journal of Sports Medicine',
      year: 2014,
      doi: '10.1136/bjsports-2013-092538',
      note: {
        en: 'Strength training lowers the risk of sports injuries, overuse injuries included; stretching alone does not.',
        nl: 'Krachttraining verlaagt de kans op sportblessures, ook op overbelastingsblessures; alleen rekken doet dat niet.',
      },
    },
  ],
}
