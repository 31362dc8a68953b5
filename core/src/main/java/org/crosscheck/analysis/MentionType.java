package org.crosscheck.analysis;

/** What a mention refers to. */
public enum MentionType {
  /** A person's name: "Bashar al-Assad". */
  PERSON,
  /** A place: "Ankara", "Syria", "Vnukovo International Airport". */
  PLACE,
  /** An organisation: "IAEA", "Turkish Foreign Ministry". */
  ORGANIZATION,
  /** A proper name whose kind could not be told. */
  NAME,
  /** A calendar date or a vaguer period: "15 March 2023", "Wednesday", "last month", "2011". */
  DATE,
  /** A time of day: "3 p.m.", "noon". */
  TIME,
  /** A bare count or number: "three", "12", "1.5 million". */
  NUMBER,
  /** A number with a unit, percentage or currency: "12 km", "40%", "$5 million". */
  QUANTITY
}
