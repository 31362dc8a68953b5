package org.crosscheck.claim;

/** What shape of statement a claim came from. */
public enum ClaimKind {
  /** A verb and its arguments: "Turkey severed ties with Syria in 2011". */
  EVENT,
  /** An event noun and its arguments: "the restoration of ties between Damascus and Ankara". */
  NOMINAL,
  /** Something said to be or have a property: "the talks were important", "he was dead". */
  STATE,
  /** A person's role or title, from an apposition or title: "Mikhail Bogdanov, deputy foreign minister". */
  ROLE
}
