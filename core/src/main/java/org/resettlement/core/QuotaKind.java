package org.resettlement.core;

/** The legal or political basis of a {@link ResettlementQuota}. */
public enum QuotaKind {
  /** A national quota set for one year at a time. */
  NATIONAL_ANNUAL,
  /** A national programme covering several years. */
  MULTI_ANNUAL_PROGRAMME,
  /** Places a member state pledged under an EU resettlement scheme. */
  EU_PLEDGE,
  /** A humanitarian admission programme, outside regular resettlement. */
  HUMANITARIAN_ADMISSION,
  /** Places offered through community or private sponsorship. */
  COMMUNITY_SPONSORSHIP
}
