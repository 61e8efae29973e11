/**
 * @module Data for the US/UK/Commonwealth spelling table (used by spelling.ts).
 *
 * How it was chosen: the irregular pairs are the common variants listed by the Oxford and
 * Merriam-Webster usage notes and wire style guides (AP vs. Reuters/AFP house style), restricted to
 * pairs that never change meaning in news copy (so "curb/kerb", "draft/draught", "story/storey",
 * "disc/disk" are left out on purpose). The stem lists feed the suffix rules in spelling.ts; each
 * stem was added only when no unrelated word shares it (so "-our" never touches "four", "your",
 * "contour", and "-re" never touches "acre", "genre", "massacre").
 */

/** [US, UK] pairs the suffix rules cannot derive. Inflected forms are listed where irregular. */
export const IRREGULAR_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["defense", "defence"], ["defenses", "defences"], ["defenseless", "defenceless"], ["self-defense", "self-defence"],
  ["offense", "offence"], ["offenses", "offences"], ["pretense", "pretence"], ["pretenses", "pretences"],
  ["license", "licence"], ["licenses", "licences"], ["licensed", "licenced"],
  ["practice", "practise"], ["practices", "practises"], ["practiced", "practised"], ["practicing", "practising"],
  ["gray", "grey"], ["grays", "greys"], ["grayer", "greyer"], ["grayish", "greyish"], ["graying", "greying"], ["grayed", "greyed"],
  ["jewelry", "jewellery"], ["jeweler", "jeweller"], ["jewelers", "jewellers"],
  ["mold", "mould"], ["molds", "moulds"], ["molded", "moulded"], ["molding", "moulding"], ["moldy", "mouldy"],
  ["smolder", "smoulder"], ["smoldering", "smouldering"], ["smoldered", "smouldered"], ["molt", "moult"], ["molting", "moulting"],
  ["mustache", "moustache"], ["mustaches", "moustaches"], ["pajamas", "pyjamas"], ["pajama", "pyjama"],
  ["plow", "plough"], ["plows", "ploughs"], ["plowed", "ploughed"], ["plowing", "ploughing"], ["snowplow", "snowplough"],
  ["program", "programme"], ["programs", "programmes"],
  ["skeptic", "sceptic"], ["skeptics", "sceptics"], ["skeptical", "sceptical"], ["skeptically", "sceptically"], ["skepticism", "scepticism"],
  ["sulfur", "sulphur"], ["sulfuric", "sulphuric"], ["sulfate", "sulphate"], ["sulfates", "sulphates"], ["sulfide", "sulphide"], ["sulfurous", "sulphurous"],
  ["tire", "tyre"], ["tires", "tyres"],
  ["yogurt", "yoghurt"], ["aluminum", "aluminium"], ["artifact", "artefact"], ["artifacts", "artefacts"],
  ["ax", "axe"], ["axes", "axes"], ["adz", "adze"], ["cozy", "cosy"], ["cozier", "cosier"], ["coziness", "cosiness"],
  ["whiskey", "whisky"], ["whiskeys", "whiskies"], ["racket", "racquet"], ["checkered", "chequered"],
  ["check", "cheque"], ["checks", "cheques"], ["checkbook", "chequebook"],
  ["licorice", "liquorice"], ["tidbit", "titbit"], ["tidbits", "titbits"],
  ["fulfill", "fulfil"], ["fulfills", "fulfils"], ["fulfillment", "fulfilment"],
  ["enroll", "enrol"], ["enrolls", "enrols"], ["enrollment", "enrolment"], ["enrollments", "enrolments"],
  ["installment", "instalment"], ["installments", "instalments"],
  ["skillful", "skilful"], ["skillfully", "skilfully"], ["willful", "wilful"], ["willfully", "wilfully"],
  ["distill", "distil"], ["distills", "distils"], ["instill", "instil"], ["instills", "instils"],
  ["enthrall", "enthral"], ["enthralls", "enthrals"], ["appall", "appal"], ["appalls", "appals"],
  ["judgment", "judgement"], ["judgments", "judgements"], ["acknowledgment", "acknowledgement"], ["acknowledgments", "acknowledgements"],
  ["abridgment", "abridgement"], ["lodgment", "lodgement"], ["fledgling", "fledgeling"],
  ["aging", "ageing"], ["airplane", "aeroplane"], ["airplanes", "aeroplanes"],
  ["maneuver", "manoeuvre"], ["maneuvers", "manoeuvres"], ["maneuvered", "manoeuvred"], ["maneuvering", "manoeuvring"], ["maneuverable", "manoeuvrable"],
  ["kidnaped", "kidnapped"], ["kidnaping", "kidnapping"], ["kidnaper", "kidnapper"], ["kidnapers", "kidnappers"],
  ["worshiped", "worshipped"], ["worshiping", "worshipping"], ["worshiper", "worshipper"], ["worshipers", "worshippers"],
  ["focused", "focussed"], ["focusing", "focussing"], ["focuses", "focusses"],
  ["biased", "biassed"], ["benefited", "benefitted"], ["benefiting", "benefitting"], ["combated", "combatted"], ["combating", "combatting"],
  ["marvelous", "marvellous"], ["marvelously", "marvellously"], ["woolen", "woollen"], ["wooly", "woolly"],
  ["counselor", "counsellor"], ["counselors", "counsellors"], ["councilor", "councillor"], ["councilors", "councillors"],
  ["carburetor", "carburettor"], ["tranquility", "tranquillity"], ["tranquilizer", "tranquilliser"], ["tranquilize", "tranquillise"],
  ["omelet", "omelette"], ["omelets", "omelettes"], ["annex", "annexe"],
  ["specialty", "speciality"], ["specialties", "specialities"],
  ["inquire", "enquire"], ["inquires", "enquires"], ["inquired", "enquired"], ["inquiring", "enquiring"], ["inquiry", "enquiry"], ["inquiries", "enquiries"],
  ["mollusk", "mollusc"], ["mollusks", "molluscs"], ["cipher", "cypher"], ["siphon", "syphon"], ["gypsy", "gipsy"], ["pygmy", "pigmy"],
  ["vial", "phial"], ["draftsman", "draughtsman"], ["donut", "doughnut"], ["donuts", "doughnuts"],
  ["toward", "towards"], ["afterward", "afterwards"], ["backward", "backwards"], ["amid", "amidst"], ["among", "amongst"], ["while", "whilst"],
  ["learned", "learnt"], ["spelled", "spelt"], ["burned", "burnt"], ["dreamed", "dreamt"], ["leaped", "leapt"],
  ["spilled", "spilt"], ["spoiled", "spoilt"], ["smelled", "smelt"], ["kneeled", "knelt"], ["dwelled", "dwelt"],
  ["catalog", "catalogue"], ["catalogs", "catalogues"], ["cataloged", "catalogued"], ["cataloging", "cataloguing"],
  ["dialog", "dialogue"], ["dialogs", "dialogues"], ["analog", "analogue"], ["analogs", "analogues"],
  ["monolog", "monologue"], ["prolog", "prologue"], ["epilog", "epilogue"], ["travelog", "travelogue"], ["demagog", "demagogue"], ["pedagog", "pedagogue"],
  ["savior", "saviour"], ["saviors", "saviours"], ["glamor", "glamour"],
  ["connection", "connexion"], ["reflection", "reflexion"], ["sombrero", "sombrero"],
  ["esthetic", "aesthetic"], ["esthetics", "aesthetics"], ["ameba", "amoeba"], ["eon", "aeon"], ["eons", "aeons"],
  ["fetus", "foetus"], ["fetuses", "foetuses"], ["fetal", "foetal"],
  ["cesarean", "caesarean"], ["celiac", "coeliac"], ["edema", "oedema"], ["apnea", "apnoea"], ["diarrhea", "diarrhoea"], ["dyspnea", "dyspnoea"],
  ["labeled", "labelled"], ["labeling", "labelling"], ["traveled", "travelled"], ["traveling", "travelling"], ["traveler", "traveller"], ["travelers", "travellers"],
  ["canceled", "cancelled"], ["canceling", "cancelling"], ["modeled", "modelled"], ["modeling", "modelling"],
  ["fueled", "fuelled"], ["fueling", "fuelling"], ["signaled", "signalled"], ["signaling", "signalling"],
  ["leveled", "levelled"], ["leveling", "levelling"], ["counseled", "counselled"], ["counseling", "counselling"],
  ["totaled", "totalled"], ["totaling", "totalling"], ["rivaled", "rivalled"], ["rivaling", "rivalling"],
  ["spiraled", "spiralled"], ["spiraling", "spiralling"], ["dialed", "dialled"], ["dialing", "dialling"],
  ["analyze", "analyse"], ["analyzed", "analysed"], ["analyzes", "analyses"], ["analyzing", "analysing"], ["analyzer", "analyser"],
  ["paralyze", "paralyse"], ["paralyzed", "paralysed"], ["paralyzing", "paralysing"], ["catalyze", "catalyse"],
  ["criticize", "criticise"], ["organize", "organise"], ["recognize", "recognise"], ["realize", "realise"], ["apologize", "apologise"],
  ["color", "colour"], ["honor", "honour"], ["labor", "labour"], ["favor", "favour"], ["favorite", "favourite"], ["behavior", "behaviour"],
  ["neighbor", "neighbour"], ["neighboring", "neighbouring"], ["neighborhood", "neighbourhood"], ["harbor", "harbour"], ["humor", "humour"],
  ["rumor", "rumour"], ["rumors", "rumours"], ["vigor", "vigour"], ["armor", "armour"], ["armored", "armoured"], ["endeavor", "endeavour"],
  ["center", "centre"], ["centers", "centres"], ["centered", "centred"], ["theater", "theatre"], ["theaters", "theatres"],
  ["meter", "metre"], ["meters", "metres"], ["kilometer", "kilometre"], ["kilometers", "kilometres"], ["liter", "litre"], ["liters", "litres"],
  ["fiber", "fibre"], ["caliber", "calibre"], ["somber", "sombre"], ["meager", "meagre"], ["specter", "spectre"], ["luster", "lustre"], ["saber", "sabre"],
  ["pediatric", "paediatric"], ["pediatrician", "paediatrician"], ["anemia", "anaemia"], ["anesthesia", "anaesthesia"], ["anesthetic", "anaesthetic"],
  ["leukemia", "leukaemia"], ["hemorrhage", "haemorrhage"], ["encyclopedia", "encyclopaedia"], ["medieval", "mediaeval"], ["orthopedic", "orthopaedic"],
  ["estrogen", "oestrogen"], ["esophagus", "oesophagus"], ["gynecology", "gynaecology"], ["paleontology", "palaeontology"], ["archeology", "archaeology"],
  ["maneuvre", "manoeuvre"],
];

/** Stems that take -our in UK spelling and -or in US spelling (colour/color, honourable/honorable). */
export const OUR_STEMS: readonly string[] = [
  "arb", "ard", "arm", "behavi", "cand", "clam", "col", "demean", "dol", "endeav", "fav", "ferv", "flav", "harb", "hon",
  "hum", "lab", "misbehavi", "misdemean", "neighb", "od", "parl", "ranc", "rig", "rum", "sav", "savi", "splend", "succ",
  "tum", "val", "vap", "vig", "dishon", "discol", "unfav", "malod", "tric", "multicol", "watercol", "ench", "glam",
];

/** Stems that take -re in UK spelling and -er in US spelling (centre/center, theatre/theater). */
export const RE_STEMS: readonly string[] = [
  "cent", "theat", "met", "kilomet", "centimet", "millimet", "decimet", "lit", "millilit", "fib", "calib", "somb", "meag",
  "spect", "lust", "sab", "och", "mit", "scept", "goit", "louv", "sepulch", "philt", "reconnoit", "accout",
  "maneuv", "saltpet", "epicent", "amphitheat",
];

/** Stems with a final l that UK spelling doubles before a suffix (travelled/traveled, cancelling/canceling). */
export const DOUBLE_L_STEMS: readonly string[] = [
  "travel", "cancel", "model", "label", "level", "signal", "fuel", "refuel", "dial", "duel", "equal", "marshal", "channel",
  "tunnel", "counsel", "council", "jewel", "total", "rival", "pedal", "panel", "quarrel", "shovel", "snorkel", "spiral",
  "unravel", "ravel", "yodel", "barrel", "bevel", "cudgel", "chisel", "dishevel", "enamel", "funnel", "gravel", "grovel",
  "kennel", "libel", "marvel", "medal", "pencil", "revel", "shrivel", "swivel", "tassel", "towel", "trowel", "tinsel",
  "initial", "apparel", "bushel", "carol", "drivel", "gambol", "impanel", "empanel", "kernel", "mantel", "pummel",
  "snivel", "stencil", "victual", "wool", "squirrel", "hostel", "disembowel", "bejewel", "remodel", "relabel", "tranquil",
];

/** [UK, US] prefixes for the ae/oe family (paediatric/pediatric, oestrogen/estrogen). */
export const AE_OE_STEMS: ReadonlyArray<readonly [string, string]> = [
  ["paediatr", "pediatr"], ["anaem", "anem"], ["anaesth", "anesth"], ["haem", "hem"], ["leukaem", "leukem"],
  ["orthopaed", "orthoped"], ["encyclopaed", "encycloped"], ["mediaev", "mediev"], ["palaeo", "paleo"], ["archaeo", "archeo"],
  ["oestr", "estr"], ["oesoph", "esoph"], ["diarrhoe", "diarrhe"], ["foet", "fet"], ["amoeb", "ameb"], ["gynaec", "gynec"],
  ["aesthet", "esthet"], ["faec", "fec"], ["ischaem", "ischem"], ["septicaem", "septicem"], ["caesarean", "cesarean"],
  ["homoeopath", "homeopath"], ["oedem", "edem"], ["coeliac", "celiac"], ["dyspnoe", "dyspne"], ["apnoe", "apne"],
  ["hypoglycaem", "hypoglycem"], ["hyperglycaem", "hyperglycem"], ["toxaem", "toxem"], ["anaerob", "anerob"],
];

/** Stems that take -ogue in UK spelling and may take -og in US spelling (catalogue/catalog). */
export const OGUE_STEMS: readonly string[] = ["catal", "dial", "anal", "monol", "prol", "epil", "travel", "demag", "pedag", "synag"];

/** -ise words that are -ise in every English (never -ize), whole words. */
export const ISE_EXCEPTIONS: readonly string[] = [
  "advertise", "advise", "apprise", "arise", "chastise", "circumcise", "comprise", "compromise", "demise", "despise", "devise",
  "disguise", "enfranchise", "disenfranchise", "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise",
  "merchandise", "premise", "prise", "reprise", "revise", "rise", "supervise", "surmise", "surprise", "televise", "treatise",
  "wise", "noise", "poise", "raise", "praise", "cruise", "bruise", "promise", "concise", "precise", "paradise", "otherwise",
  "likewise", "clockwise", "anticlockwise", "counterclockwise", "guise", "chemise", "cerise", "valise", "anise", "mortise",
  "tortoise", "porpoise", "turquoise", "vise", "sunrise", "uprise", "moonrise", "fundraise", "appraise", "upraise", "unwise",
  "streetwise", "misadvise", "practise", "mise", "denise", "elise", "louise", "eloise", "crise", "valise", "remise",
  "demerchandise", "franchise", "highrise", "high-rise",
];
