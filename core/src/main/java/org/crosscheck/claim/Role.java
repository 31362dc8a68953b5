package org.crosscheck.claim;

/** What an argument contributes to its claim. */
public enum Role {
  /** Who or what does it: the subject of an active verb, "by X" of a passive or a nominal. */
  AGENT,
  /** Who or what undergoes it: the object, the subject of a passive, "of X" of a nominal. */
  PATIENT,
  /** Who receives: an indirect object, "to X" after verbs of giving and telling. */
  RECIPIENT,
  /** What the subject is said to be or become: "deputy foreign minister", "dead". */
  ATTRIBUTE,
  /** The parties of a symmetric relation: "between Turkey and Syria", "with Syria" after "ties". */
  PARTICIPANTS,
  /** When it happened: "in 2011", "on Wednesday". */
  TIME,
  /** Where it happened: "in Moscow", "at Vnukovo International Airport". */
  PLACE,
  /** A number or amount: "12 people", "$5 million", "by 40%". */
  QUANTITY,
  /** Who said it, for quotes and reported speech. */
  SPEAKER,
  /** Any other adjunct, with its preposition as the marker ("for", "against", "despite"). */
  OTHER
}
