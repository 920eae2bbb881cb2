package org.resettlement.core;

/** The kind of a {@link ContactPoint}, which says how its value is to be read. */
public enum ContactKind {
  /** An e-mail address, such as {@code info@ccme.be}. */
  EMAIL,
  /** A telephone number, preferably in international form, such as {@code +32 2 2346808}. */
  PHONE,
  /** A fax number, in the same form as a telephone number. */
  FAX,
  /** A web address, such as {@code https://ccme.eu}. */
  WEBSITE,
  /** A page on a social network, given by its web address. */
  SOCIAL_MEDIA
}
