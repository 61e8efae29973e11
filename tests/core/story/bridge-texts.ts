/**
 * Invented texts for the story tests: a wire report of a bridge collapse, a writethru that retells and
 * updates it sentence by sentence, and an independent report of the same event that shares one quotation.
 */
export const WIRE = [
  "A road bridge collapsed into the Varna river on Tuesday morning, killing at least 12 people and injuring dozens more, officials in the northern province said.",
  "Several cars and a crowded passenger bus plunged into the water when the central span of the ageing steel structure gave way during the morning rush hour.",
  "Divers recovered bodies from the submerged bus throughout the day while fishermen in small boats pulled survivors from the fast current.",
  "\"We are doing everything we can to reach the people who are still missing,\" provincial governor Elena Marsh told reporters at the scene.",
  "Engineers had warned the regional transport ministry three years ago that corrosion was weakening the supporting cables of the bridge, according to documents seen by reporters.",
  "The ministry did not respond to requests for comment on the inspection reports.",
  "The bridge, built in 1962, carried about 40,000 vehicles a day between the port city of Kestrel and the industrial suburbs on the eastern bank.",
  "Prime Minister Tomas Reyes declared three days of national mourning and ordered an independent investigation into the disaster.",
].join("\n\n");

/** The writethru: every sentence reworded, figures updated, a paragraph added; few five-word runs survive. */
export const WRITETHRU = [
  "At least 19 people were killed and dozens more injured when a road bridge over the Varna river collapsed on Tuesday morning, northern province officials said.",
  "The central span of the ageing steel structure gave way during the rush hour, sending several cars and a crowded passenger bus plunging into the water.",
  "Throughout the day divers recovered bodies from the submerged bus, while fishermen in small boats pulled survivors out of the fast current.",
  "Provincial governor Elena Marsh told reporters at the scene that rescuers were doing everything they could to reach those still missing.",
  "Documents seen by reporters show that engineers warned the regional transport ministry three years ago that corrosion was weakening the bridge's supporting cables.",
  "Built in 1962, the bridge carried some 40,000 vehicles daily between the port city of Kestrel and the industrial suburbs on the eastern bank.",
  "National mourning of three days was declared by Prime Minister Tomas Reyes, who also ordered an independent investigation into the disaster.",
  "Hospitals in Kestrel appealed for blood donors as the injured arrived throughout the afternoon.",
].join("\n\n");

/** Another newsroom's own report of the same collapse: the same event and names, one shared quotation. */
export const INDEPENDENT = [
  "Grieving families gathered on the eastern bank of the Varna on Wednesday as the search for victims of the bridge disaster entered its second day.",
  "Anna Petrov, 54, said her son had called her from the bus minutes before it fell, complaining that traffic had barely moved for half an hour.",
  "\"We are doing everything we can to reach the people who are still missing,\" provincial governor Elena Marsh told reporters at the scene.",
  "Local residents said cracks had been visible in the road surface for months and that lorries had been banned from the crossing in the spring.",
  "Opposition lawmakers called for the transport minister to resign and demanded that all bridges of similar design be closed until they are inspected.",
  "A vigil is planned for Thursday evening in the main square of Kestrel, where church bells rang at noon in memory of the dead.",
].join("\n\n");
