import type { SeedExercise } from './types'

/** The exercise library: ten exercises, each in Dutch and English. Text only. */
export const exercises: SeedExercise[] = [
  {
    key: 'glute-bridge',
    name: { en: 'Glute bridge', nl: 'Bilbrug' },
    slug: { en: 'glute-bridge', nl: 'bilbrug' },
    summary: {
      en: 'Strengthens your glutes and the back of your thighs, the muscles that keep your pelvis steady every time you land. A calm, low-load way to start training an overloaded hip.',
      nl: 'Versterkt je bilspieren en de achterkant van je bovenbenen, de spieren die je bekken stabiel houden bij elke landing. Een rustige start met weinig belasting voor een overbelaste heup.',
    },
    steps: {
      en: [
        'Lie on your back on a mat with your knees bent, feet flat and hip-width apart, and your arms alongside your body.',
        'Gently tighten your belly and press your heels into the floor.',
        'Lift your hips until your shoulders, hips and knees form a straight line.',
        'Hold for two seconds at the top, then lower slowly back to the mat.',
      ],
      nl: [
        'Ga op je rug op een mat liggen met gebogen knieën, je voeten plat op heupbreedte en je armen naast je lichaam.',
        'Span je buik licht aan en duw je hakken in de grond.',
        'Til je heupen op tot je schouders, heupen en knieën één rechte lijn vormen.',
        'Houd bovenin twee tellen vast en zak daarna rustig terug naar de mat.',
      ],
    },
    cues: {
      en: [
        'Push through your heels, not your toes.',
        'Squeeze your glutes firmly at the top before you hold.',
        'Keep your ribs down so your lower back stays long.',
      ],
      nl: [
        'Duw vanuit je hakken, niet vanuit je tenen.',
        'Knijp bovenin je billen stevig aan voordat je vasthoudt.',
        'Houd je ribben laag, zodat je onderrug lang blijft.',
      ],
    },
    commonMistakes: {
      en: [
        'Arching your lower back to get your hips higher. Stop where your glutes do the work: a straight line from shoulders to knees is high enough.',
        'Letting your knees fall inwards or outwards. Keep them over your feet, hip-width apart.',
      ],
      nl: [
        'Je onderrug hol trekken om hoger te komen. Stop op het punt waar je billen het werk doen: een rechte lijn van schouders tot knieën is hoog genoeg.',
        'Je knieën naar binnen of naar buiten laten vallen. Houd ze boven je voeten, op heupbreedte.',
      ],
    },
    safetyNotes: {
      en: 'You may feel your muscles working, but you shouldn’t feel sharp pain in your groin or hip. If you do, make the movement smaller or stop.',
      nl: 'Je mag je spieren voelen werken, maar je hoort geen scherpe pijn in je lies of heup te voelen. Voel je die wel, maak de beweging dan kleiner of stop.',
    },
    posterAlt: {
      en: 'Title card reading “Glute bridge” with an abstract figure lying on its back with its hips lifted.',
      nl: 'Titelkaart met de tekst ‘Bilbrug’ en een abstract figuurtje dat op de rug ligt met de heupen opgetild.',
    },
    bodyRegions: ['glutes', 'hamstrings', 'core'],
    type: 'strength',
    difficulty: 'beginner',
    equipment: ['mat'],
    dosage: { sets: 3, reps: 12, holdSeconds: 2, restSeconds: 60 },
  },
  {
    key: 'single-leg-bridge',
    name: { en: 'Single-leg glute bridge', nl: 'Bilbrug op één been' },
    slug: { en: 'single-leg-glute-bridge', nl: 'bilbrug-op-een-been' },
    summary: {
      en: 'The glute bridge on one leg: your glutes now have to keep your pelvis level on their own, much as they do each time you land on one foot while running.',
      nl: 'De bilbrug op één been: je bilspieren moeten je bekken nu alleen recht houden, net zoals bij elke landing op één voet tijdens het hardlopen.',
    },
    steps: {
      en: [
        'Start as for the glute bridge: on your back, knees bent, feet flat on the floor.',
        'Straighten one leg so that your thighs stay level with each other.',
        'Press the heel of your standing foot into the floor and lift your hips until your body forms a straight line.',
        'Hold for two seconds with your pelvis level, then lower slowly. Do all your reps, then switch sides.',
      ],
      nl: [
        'Begin zoals bij de bilbrug: op je rug, knieën gebogen, voeten plat op de grond.',
        'Strek één been, zodat je bovenbenen even hoog blijven.',
        'Duw de hak van je steunbeen in de grond en til je heupen op tot je lichaam een rechte lijn vormt.',
        'Houd twee tellen vast met je bekken recht en zak rustig terug. Doe alle herhalingen en wissel dan van kant.',
      ],
    },
    cues: {
      en: [
        'Keep both hip bones at the same height, as if a glass of water were balanced on your belly.',
        'Push through the heel of the foot on the floor.',
        'Move slowly: control counts for more than height.',
      ],
      nl: [
        'Houd beide heupbotten even hoog, alsof er een glas water op je buik staat.',
        'Duw vanuit de hak van de voet die op de grond staat.',
        'Beweeg rustig: controle telt meer dan hoogte.',
      ],
    },
    commonMistakes: {
      en: [
        'Letting your pelvis drop on the side of the straight leg. Lift a little less high and keep your hips level.',
        'Feeling it mostly as tension or cramp in your hamstring. Move your foot a little closer to your buttocks.',
      ],
      nl: [
        'Je bekken laten zakken aan de kant van het gestrekte been. Kom iets minder hoog en houd je heupen recht.',
        'Vooral spanning of kramp in je hamstring voelen. Zet je voet iets dichter bij je billen.',
      ],
    },
    safetyNotes: {
      en: 'Only move on to this version once the two-legged bridge feels easy and pain-free. Stop if you feel sharp pain in your hip or groin.',
      nl: 'Stap pas over op deze variant als de gewone bilbrug makkelijk en pijnvrij gaat. Stop bij scherpe pijn in je heup of lies.',
    },
    posterAlt: {
      en: 'Title card reading “Single-leg glute bridge” with an abstract figure lying on its back, hips lifted and one leg stretched out.',
      nl: 'Titelkaart met de tekst ‘Bilbrug op één been’ en een abstract figuurtje op de rug met opgetilde heupen en één gestrekt been.',
    },
    bodyRegions: ['glutes', 'hamstrings', 'hip', 'core'],
    type: 'strength',
    difficulty: 'intermediate',
    equipment: ['mat'],
    dosage: { sets: 3, reps: 10, holdSeconds: 2, restSeconds: 60, perSide: true },
  },
  {
    key: 'clamshell',
    name: { en: 'Clamshell', nl: 'Schelpoefening' },
    slug: { en: 'clamshell', nl: 'schelpoefening' },
    summary: {
      en: 'Works the muscles at the side and back of your hip that stop your knee from collapsing inwards when you land. Simple, quiet and easy to do at home.',
      nl: 'Traint de spieren aan de zij- en achterkant van je heup, die voorkomen dat je knie naar binnen knikt als je landt. Eenvoudig, rustig en makkelijk thuis te doen.',
    },
    steps: {
      en: [
        'Lie on your side with your hips and knees bent at about 45 degrees and your head resting on your lower arm.',
        'Stack your hips directly on top of each other and keep your feet together. If you use a band, place it just above your knees.',
        'Keeping your feet together, lift your top knee as far as you can without your pelvis rolling backwards.',
        'Pause briefly at the top, then lower the knee slowly. Do all your reps, then switch sides.',
      ],
      nl: [
        'Ga op je zij liggen met je heupen en knieën ongeveer 45 graden gebogen en je hoofd op je onderste arm.',
        'Leg je heupen recht boven elkaar en houd je voeten tegen elkaar. Gebruik je een elastiek, doe het dan net boven je knieën.',
        'Houd je voeten tegen elkaar en til je bovenste knie zo ver op als lukt zonder dat je bekken naar achteren rolt.',
        'Houd bovenin even vast en laat je knie rustig zakken. Doe alle herhalingen en wissel dan van kant.',
      ],
    },
    cues: {
      en: [
        'Open your knee like a shell; your pelvis stays still.',
        'Rest your top hand on your hip to feel that it doesn’t move.',
        'You should feel the work in the side of your buttock.',
      ],
      nl: [
        'Open je knie als een schelp; je bekken blijft stil.',
        'Leg je bovenste hand op je heup om te voelen dat die niet meebeweegt.',
        'Je voelt het werk aan de zijkant van je bil.',
      ],
    },
    commonMistakes: {
      en: [
        'Rolling your pelvis backwards to get the knee higher. A smaller movement with a still pelvis works better.',
        'Going too fast. Take two seconds up and two seconds down.',
      ],
      nl: [
        'Je bekken naar achteren laten rollen om je knie hoger te krijgen. Een kleinere beweging met een stil bekken werkt beter.',
        'Te snel gaan. Neem twee tellen omhoog en twee tellen omlaag.',
      ],
    },
    safetyNotes: {
      en: 'Start without a band and only add one when 15 repetitions feel easy. Stop if you feel a pinching pain at the front of your hip.',
      nl: 'Begin zonder elastiek en neem er pas een bij als 15 herhalingen soepel gaan. Stop als je een knellende pijn voor in je heup voelt.',
    },
    posterAlt: {
      en: 'Title card reading “Clamshell” with an abstract figure lying on its side, knees bent and the top knee opened.',
      nl: 'Titelkaart met de tekst ‘Schelpoefening’ en een abstract figuurtje dat op de zij ligt met gebogen knieën en de bovenste knie geopend.',
    },
    bodyRegions: ['hip', 'glutes'],
    type: 'strength',
    difficulty: 'beginner',
    equipment: ['mat', 'resistance-band'],
    dosage: { sets: 3, reps: 15, restSeconds: 45, perSide: true },
  },
  {
    key: 'side-plank',
    name: { en: 'Side plank', nl: 'Zijplank' },
    slug: { en: 'side-plank', nl: 'zijplank' },
    summary: {
      en: 'Trains your core and the outside of your hip together, so your pelvis stays level over your standing leg. It builds the side-to-side stability that running asks for.',
      nl: 'Traint je romp en de buitenkant van je heup tegelijk, zodat je bekken recht blijft boven je standbeen. Zo bouw je de zijwaartse stabiliteit op die hardlopen van je vraagt.',
    },
    steps: {
      en: [
        'Lie on your side and rest on your forearm, with your elbow directly under your shoulder.',
        'For the easier version, bend your knees; for the full version, stack your straight legs on top of each other.',
        'Lift your hips until your body forms a straight line from your head to your knees or feet.',
        'Hold the position while breathing calmly, then lower slowly and switch sides.',
      ],
      nl: [
        'Ga op je zij liggen en steun op je onderarm, met je elleboog recht onder je schouder.',
        'Voor de lichtere variant buig je je knieën; voor de volledige variant leg je je gestrekte benen op elkaar.',
        'Til je heupen op tot je lichaam een rechte lijn vormt van je hoofd tot je knieën of voeten.',
        'Houd de houding vast terwijl je rustig doorademt, zak dan langzaam terug en wissel van kant.',
      ],
    },
    cues: {
      en: [
        'Push the floor away with your forearm.',
        'Keep your hips forward, in line with your shoulders.',
        'Keep breathing; don’t hold your breath.',
      ],
      nl: [
        'Duw de grond van je af met je onderarm.',
        'Houd je heupen naar voren, in lijn met je schouders.',
        'Blijf doorademen; houd je adem niet in.',
      ],
    },
    commonMistakes: {
      en: [
        'Letting your hips sag towards the floor. Hold for a shorter time or switch to bent knees, and keep the straight line.',
        'Pushing your buttocks out behind you. Look down along your body and bring your hips back into line.',
      ],
      nl: [
        'Je heupen naar de grond laten zakken. Houd korter vast of kies de variant met gebogen knieën, en bewaar de rechte lijn.',
        'Je billen naar achteren laten steken. Kijk langs je lichaam omlaag en breng je heupen terug in lijn.',
      ],
    },
    safetyNotes: {
      en: 'If your shoulder hurts, use the bent-knee version or stop. Build up your hold time gradually.',
      nl: 'Heb je last van je schouder, kies dan de variant met gebogen knieën of stop. Bouw de houdtijd geleidelijk op.',
    },
    posterAlt: {
      en: 'Title card reading “Side plank” with an abstract figure propped up on one forearm, body in a straight sideways line.',
      nl: 'Titelkaart met de tekst ‘Zijplank’ en een abstract figuurtje dat op één onderarm steunt, met het lichaam in een rechte lijn op de zij.',
    },
    bodyRegions: ['core', 'hip', 'glutes'],
    type: 'strength',
    difficulty: 'beginner',
    equipment: ['mat'],
    dosage: { sets: 3, holdSeconds: 30, restSeconds: 45, perSide: true },
  },
  {
    key: 'copenhagen-plank',
    name: { en: 'Copenhagen plank', nl: 'Kopenhagen-plank' },
    slug: { en: 'copenhagen-plank', nl: 'kopenhagen-plank' },
    summary: {
      en: 'A side plank with your top leg resting on a bench, which trains the muscles of your inner thigh, the adductors. Strong adductors help protect the groin, exactly where hip pain often shows up.',
      nl: 'Een zijplank met je bovenste been op een bank, waarmee je de spieren aan de binnenkant van je bovenbeen traint: de adductoren. Sterke adductoren helpen je lies te beschermen, precies waar heupklachten vaak zitten.',
    },
    steps: {
      en: [
        'Lie on your side next to a bench or sturdy chair and rest on your forearm, with your elbow under your shoulder.',
        'Place your top leg on the bench: your knee on the bench for the easier version, or the inside of your ankle for the harder one.',
        'Press your top leg down into the bench and lift your hips until your body forms a straight line. Your bottom leg can hang free or come up towards the bench.',
        'Hold, then lower slowly and switch sides.',
      ],
      nl: [
        'Ga op je zij liggen naast een bank of stevige stoel en steun op je onderarm, met je elleboog onder je schouder.',
        'Leg je bovenste been op de bank: je knie voor de lichtere variant, of de binnenkant van je enkel voor de zwaardere.',
        'Druk je bovenste been in de bank en til je heupen op tot je lichaam een rechte lijn vormt. Je onderste been hangt vrij of komt mee omhoog naar de bank.',
        'Houd vast, zak dan rustig terug en wissel van kant.',
      ],
    },
    cues: {
      en: [
        'Press your top leg down as if you were trying to flatten the bench.',
        'Keep your hips high and in line with your shoulders.',
        'Start with your knee on the bench and short holds.',
      ],
      nl: [
        'Druk je bovenste been omlaag, alsof je de bank plat wilt drukken.',
        'Houd je heupen hoog en in lijn met je schouders.',
        'Begin met je knie op de bank en korte houdtijden.',
      ],
    },
    commonMistakes: {
      en: [
        'Going straight for the ankle version. Start with your knee on the bench: the longer lever puts much more load on your groin.',
        'Letting your hips sink or twist. Hold for a shorter time and keep your body in one line.',
      ],
      nl: [
        'Meteen met je enkel op de bank beginnen. Start met je knie op de bank: de langere hefboom belast je lies veel zwaarder.',
        'Je heupen laten zakken of draaien. Houd korter vast en blijf in één lijn.',
      ],
    },
    safetyNotes: {
      en: 'This exercise loads your groin directly. Leave it out if it causes groin pain during the exercise or the day after, and ask your physiotherapist when it’s time to start.',
      nl: 'Deze oefening belast je lies direct. Sla haar over als ze tijdens het oefenen of de dag erna pijn in je lies geeft, en vraag je fysiotherapeut wanneer je kunt beginnen.',
    },
    posterAlt: {
      en: 'Title card reading “Copenhagen plank” with an abstract figure in a side plank, its top leg resting on a bench.',
      nl: 'Titelkaart met de tekst ‘Kopenhagen-plank’ en een abstract figuurtje in een zijplank, met het bovenste been op een bank.',
    },
    bodyRegions: ['thigh', 'hip', 'core'],
    type: 'strength',
    difficulty: 'intermediate',
    equipment: ['bench', 'mat'],
    dosage: { sets: 3, holdSeconds: 20, restSeconds: 60, perSide: true },
  },
  {
    key: 'dead-bug',
    name: { en: 'Dead bug', nl: 'Dead bug' },
    slug: { en: 'dead-bug', nl: 'dead-bug' },
    summary: {
      en: 'Trains your deep core to keep your pelvis and lower back still while your arms and legs move, just as they do when you run.',
      nl: 'Traint je diepe rompspieren om je bekken en onderrug stil te houden terwijl je armen en benen bewegen, net als tijdens het hardlopen.',
    },
    steps: {
      en: [
        'Lie on your back with your arms pointing at the ceiling and your hips and knees bent at 90 degrees, shins parallel to the floor.',
        'Gently press your lower back into the mat and tighten your belly.',
        'Slowly stretch out one leg while you lower the opposite arm behind your head towards the floor, without letting your back lift.',
        'Return to the starting position and repeat on the other side.',
      ],
      nl: [
        'Ga op je rug liggen met je armen naar het plafond en je heupen en knieën 90 graden gebogen, onderbenen evenwijdig aan de grond.',
        'Druk je onderrug licht in de mat en span je buik aan.',
        'Strek langzaam één been uit en breng tegelijk je andere arm achter je hoofd richting de grond, zonder dat je rug loskomt.',
        'Kom terug naar de beginhouding en herhaal aan de andere kant.',
      ],
    },
    cues: {
      en: [
        'Breathe out as you stretch out.',
        'Your lower back stays in contact with the mat the whole time.',
        'Slow is better: about three seconds out and three seconds back.',
      ],
      nl: [
        'Adem uit terwijl je uitstrekt.',
        'Je onderrug houdt de hele tijd contact met de mat.',
        'Langzaam is beter: ongeveer drie tellen uit en drie tellen terug.',
      ],
    },
    commonMistakes: {
      en: [
        'Letting your lower back arch as your leg goes down. Lower the leg less far, or keep the knee bent.',
      ],
      nl: [
        'Je onderrug hol laten trekken als je been zakt. Breng je been minder ver omlaag of houd je knie gebogen.',
      ],
    },
    safetyNotes: {
      en: 'This is a gentle exercise, but stop if you feel pain in your lower back or at the front of your hip.',
      nl: 'Dit is een rustige oefening, maar stop als je pijn voelt in je onderrug of voor in je heup.',
    },
    posterAlt: {
      en: 'Title card reading “Dead bug” with an abstract figure on its back, one arm and the opposite leg stretched out.',
      nl: 'Titelkaart met de tekst ‘Dead bug’ en een abstract figuurtje op de rug, met één arm en het andere been gestrekt.',
    },
    bodyRegions: ['core', 'hip'],
    type: 'strength',
    difficulty: 'beginner',
    equipment: ['mat'],
    dosage: { sets: 3, reps: 10, restSeconds: 45, perSide: true },
  },
  {
    key: 'step-down',
    name: { en: 'Step-down', nl: 'Step-down van een traptrede' },
    slug: { en: 'step-down', nl: 'step-down-van-traptrede' },
    summary: {
      en: 'Teaches your hip, knee and ankle to work together on one leg while you control a lowering movement, as in every landing. It also shows you straight away whether your pelvis stays level.',
      nl: 'Leert je heup, knie en enkel samen te werken op één been terwijl je een zakkende beweging onder controle houdt, net als bij elke landing. Je ziet meteen of je bekken recht blijft.',
    },
    steps: {
      en: [
        'Stand on one leg on a stair or low box, close to the edge, with your other foot hanging free beside it.',
        'Bend the knee of your standing leg and slowly lower your free heel towards the floor.',
        'Lightly tap the floor with your heel without putting any weight on it.',
        'Push back up through your standing leg to the starting position. Do all your reps, then switch sides.',
      ],
      nl: [
        'Ga op één been op een traptrede of laag kastje staan, vlak bij de rand, met je andere voet vrij naast de trede.',
        'Buig de knie van je standbeen en laat je vrije hak langzaam zakken richting de grond.',
        'Tik de grond licht aan met je hak, zonder erop te steunen.',
        'Duw je via je standbeen terug omhoog naar de beginhouding. Doe alle herhalingen en wissel dan van kant.',
      ],
    },
    cues: {
      en: [
        'Keep the knee of your standing leg pointing over your second toe.',
        'Keep your pelvis level; don’t let the hip on the free side drop.',
        'Lower over three seconds and come up smoothly.',
      ],
      nl: [
        'Houd de knie van je standbeen boven je tweede teen.',
        'Houd je bekken recht; laat de heup aan de vrije kant niet zakken.',
        'Zak in drie tellen en kom soepel omhoog.',
      ],
    },
    commonMistakes: {
      en: [
        'Letting your knee fall inwards. Go down less far and use a mirror to keep your knee in line with your foot.',
        'Dropping onto your heel instead of tapping lightly. Only go as low as you can control.',
      ],
      nl: [
        'Je knie naar binnen laten vallen. Zak minder diep en gebruik een spiegel om je knie in lijn met je voet te houden.',
        'Op je hak ploffen in plaats van licht aantikken. Ga alleen zo diep als je onder controle kunt houden.',
      ],
    },
    safetyNotes: {
      en: 'Start with a low step and hold on to a rail or wall if you need to. Stop if you feel pain at the front of your knee or deep in your groin.',
      nl: 'Begin met een lage trede en houd je zo nodig vast aan een leuning of muur. Stop bij pijn voor in je knie of diep in je lies.',
    },
    posterAlt: {
      en: 'Title card reading “Step-down” with an abstract figure standing on one leg on a step, lowering the other foot.',
      nl: 'Titelkaart met de tekst ‘Step-down van een traptrede’ en een abstract figuurtje dat op één been op een trede staat en de andere voet laat zakken.',
    },
    bodyRegions: ['hip', 'glutes', 'thigh', 'knee'],
    type: 'strength',
    difficulty: 'intermediate',
    equipment: ['step'],
    dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true },
  },
  {
    key: 'split-squat',
    name: { en: 'Split squat', nl: 'Split squat' },
    slug: { en: 'split-squat', nl: 'split-squat-oefening' },
    summary: {
      en: 'Strengthens your thighs and glutes in a stance that resembles running, with most of the load on your front leg. A solid step towards real single-leg strength.',
      nl: 'Versterkt je bovenbenen en bilspieren in een houding die op hardlopen lijkt, met het meeste gewicht op je voorste been. Een stevige stap op weg naar echte kracht op één been.',
    },
    steps: {
      en: [
        'Take a long step forward with your feet hip-width apart, as if standing on two rails rather than a tightrope.',
        'Lift your back heel so you stand on the ball of your back foot, with your upper body upright.',
        'Bend both knees and lower your back knee straight down until it is just above the floor.',
        'Push through your front foot to come back up. Do all your reps, then switch legs.',
      ],
      nl: [
        'Zet een grote stap naar voren met je voeten op heupbreedte, alsof je op twee rails staat in plaats van op een koord.',
        'Til je achterste hak op, zodat je op de bal van je achterste voet staat, met je bovenlichaam rechtop.',
        'Buig beide knieën en laat je achterste knie recht omlaag zakken tot net boven de grond.',
        'Duw je via je voorste voet terug omhoog. Doe alle herhalingen en wissel dan van been.',
      ],
    },
    cues: {
      en: [
        'Go straight down like a lift, not forwards.',
        'Keep your front knee in line with your toes.',
        'Most of your weight goes through your front heel.',
      ],
      nl: [
        'Zak recht omlaag als een lift, niet naar voren.',
        'Houd je voorste knie in lijn met je tenen.',
        'Het meeste gewicht gaat via de hak van je voorste voet.',
      ],
    },
    commonMistakes: {
      en: [
        'Placing your feet one behind the other on a single line, so you wobble. Keep them hip-width apart.',
        'Leaning your upper body far forward. Stay upright and only go as low as feels stable.',
      ],
      nl: [
        'Je voeten achter elkaar op één lijn zetten, waardoor je gaat wiebelen. Zet ze op heupbreedte.',
        'Met je bovenlichaam ver naar voren leunen. Blijf rechtop en zak alleen zo diep als stabiel voelt.',
      ],
    },
    safetyNotes: {
      en: 'If you feel a pinch at the front of the hip of your back leg, shorten your stance or go less deep. Use a wall for balance if you need it.',
      nl: 'Knelt het voor in de heup van je achterste been, maak je stap dan korter of zak minder diep. Gebruik zo nodig een muur voor je evenwicht.',
    },
    posterAlt: {
      en: 'Title card reading “Split squat” with an abstract figure in a long stride, both knees bent and the back knee close to the floor.',
      nl: 'Titelkaart met de tekst ‘Split squat’ en een abstract figuurtje in een grote spreidstap, met beide knieën gebogen en de achterste knie vlak boven de grond.',
    },
    bodyRegions: ['thigh', 'glutes', 'hip', 'knee'],
    type: 'strength',
    difficulty: 'intermediate',
    equipment: ['none'],
    dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true },
  },
  {
    key: 'single-leg-hops',
    name: { en: 'Single-leg hops', nl: 'Hinkelen op één been' },
    slug: { en: 'single-leg-hops', nl: 'hinkelen-op-een-been' },
    summary: {
      en: 'Running is really jumping from one leg to the other. Small hops on one leg train your hip to absorb that force and push off again, the last step before you build your running back up.',
      nl: 'Hardlopen is eigenlijk springen van het ene been op het andere. Kleine hinkelsprongen leren je heup die kracht op te vangen en weer af te zetten: de laatste stap voordat je het hardlopen weer opbouwt.',
    },
    steps: {
      en: [
        'Stand on one leg with a slightly bent knee, your arms relaxed and your upper body upright.',
        'Make small, quick hops on the spot, landing on the ball of your foot.',
        'Land quietly and let your ankle, knee and hip bend softly to absorb each landing.',
        'Switch legs after each set. Once hopping on the spot feels easy, hop forwards and backwards over a line.',
      ],
      nl: [
        'Sta op één been met een licht gebogen knie, je armen ontspannen en je bovenlichaam rechtop.',
        'Maak kleine, snelle sprongetjes op de plaats en land op de bal van je voet.',
        'Land zacht en laat je enkel, knie en heup soepel meebuigen om elke landing op te vangen.',
        'Wissel na elke set van been. Gaat hinkelen op de plaats makkelijk, spring dan vooruit en achteruit over een lijn.',
      ],
    },
    cues: {
      en: [
        'Land as quietly as you can.',
        'Keep your pelvis level and your knee over your foot.',
        'Quality over height: small hops are enough.',
      ],
      nl: [
        'Land zo stil mogelijk.',
        'Houd je bekken recht en je knie boven je voet.',
        'Kwaliteit boven hoogte: kleine sprongetjes zijn genoeg.',
      ],
    },
    commonMistakes: {
      en: [
        'Starting to hop before slow single-leg exercises are pain-free. Master the step-down and split squat first.',
        'Landing stiff-legged and loudly. Bend softly at your ankle, knee and hip as you land.',
      ],
      nl: [
        'Al gaan hinkelen voordat rustige oefeningen op één been pijnvrij gaan. Beheers eerst de step-down en de split squat.',
        'Stijf en hard landen. Buig bij de landing soepel door je enkel, knie en heup.',
      ],
    },
    safetyNotes: {
      en: 'Only start hopping when walking and slow single-leg exercises are pain-free. If landing hurts in your groin or hip, you’re not ready yet: go back a step and talk it over with your physiotherapist.',
      nl: 'Begin pas met hinkelen als wandelen en rustige oefeningen op één been pijnvrij gaan. Doet de landing pijn in je lies of heup, dan ben je er nog niet aan toe: ga een stap terug en overleg met je fysiotherapeut.',
    },
    posterAlt: {
      en: 'Title card reading “Single-leg hops” with an abstract figure hopping on one leg, small motion lines beneath its foot.',
      nl: 'Titelkaart met de tekst ‘Hinkelen op één been’ en een abstract figuurtje dat op één been springt, met kleine bewegingslijntjes onder de voet.',
    },
    bodyRegions: ['hip', 'thigh', 'glutes', 'knee'],
    type: 'plyometric',
    difficulty: 'advanced',
    equipment: ['none'],
    dosage: { sets: 3, reps: 10, restSeconds: 60, perSide: true },
  },
  {
    key: 'aqua-jogging',
    name: { en: 'Aqua jogging', nl: 'Aquajoggen' },
    slug: { en: 'aqua-jogging', nl: 'aquajoggen' },
    summary: {
      en: 'Running in deep water, usually with a buoyancy belt, without the impact of landing. It keeps your fitness and your running movement going while your hip recovers.',
      nl: 'Hardlopen in diep water, meestal met een drijfgordel, zonder de klap van het landen. Zo houd je je conditie en je loopbeweging op peil terwijl je heup herstelt.',
    },
    steps: {
      en: [
        'Put on a buoyancy belt and get into water deep enough that your feet don’t touch the bottom.',
        'Hold your body upright in the water, with your head over your shoulders and a slight forward lean.',
        'Make a running movement: drive your knee forward, push your foot down and back, and swing your arms as you would on land.',
        'Warm up easily for five minutes, then keep a steady effort or alternate harder and easier blocks.',
      ],
      nl: [
        'Doe een drijfgordel om en ga het water in op een plek waar je de bodem niet raakt.',
        'Houd je lichaam rechtop in het water, met je hoofd boven je schouders en een lichte voorwaartse helling.',
        'Maak een loopbeweging: breng je knie naar voren, duw je voet omlaag en naar achteren en zwaai je armen mee zoals op het land.',
        'Begin met vijf minuten rustig inlopen en houd daarna een gelijkmatig tempo aan, of wissel stevigere en rustigere blokken af.',
      ],
    },
    cues: {
      en: [
        'Think of running, not of treading water or cycling.',
        'Keep your cadence up: short, quick strides feel most like running.',
        'Breathe calmly and keep your shoulders relaxed.',
      ],
      nl: [
        'Denk aan hardlopen, niet aan watertrappelen of fietsen.',
        'Houd je pasfrequentie hoog: korte, snelle passen voelen het meest als hardlopen.',
        'Adem rustig en houd je schouders ontspannen.',
      ],
    },
    commonMistakes: {
      en: [
        'Leaning far forward as if you were swimming. Stay upright so your legs make a real running movement.',
        'Only pedalling under your body. Push your foot down and back, as if pushing off on land.',
      ],
      nl: [
        'Ver voorover hangen alsof je zwemt. Blijf rechtop, zodat je benen een echte loopbeweging maken.',
        'Alleen een fietsbeweging onder je lichaam maken. Duw je voet omlaag en naar achteren, alsof je op het land afzet.',
      ],
    },
    safetyNotes: {
      en: 'Only train in deep water where there is supervision, and make sure your belt fits well. Stop if the movement causes pain in your hip or groin.',
      nl: 'Train alleen in diep water waar toezicht is en zorg dat je gordel goed zit. Stop als de beweging pijn geeft in je heup of lies.',
    },
    posterAlt: {
      en: 'Title card reading “Aqua jogging” with an abstract figure making a running movement in water, shown by wavy lines.',
      nl: 'Titelkaart met de tekst ‘Aquajoggen’ en een abstract figuurtje dat een loopbeweging maakt in water, weergegeven met golvende lijnen.',
    },
    bodyRegions: ['hip', 'thigh', 'core'],
    type: 'cross-training',
    difficulty: 'beginner',
    equipment: ['pool'],
    dosage: { sets: 1, durationMinutes: 30 },
  },
]
