package org.resettlement.core;

/**
 * What kind of body an {@link Organisation} is, each mapped to its IATI organisation-type code.
 *
 * <p>IATI's OrganisationType code list has no type for faith-based organisations, networks or
 * associations of local authorities; the table below gives the code such bodies most often
 * publish under in IATI data.
 *
 * <table>
 *   <caption>Kinds and IATI codes</caption>
 *   <tr><th>kind</th><th>IATI code</th></tr>
 *   <tr><td>{@link #NGO_NATIONAL}</td><td>22 National NGO</td></tr>
 *   <tr><td>{@link #NGO_INTERNATIONAL}</td><td>21 International NGO</td></tr>
 *   <tr><td>{@link #FAITH_BASED}</td><td>21 International NGO</td></tr>
 *   <tr><td>{@link #GOVERNMENT}</td><td>10 Government</td></tr>
 *   <tr><td>{@link #LOCAL_AUTHORITY}</td><td>11 Local Government</td></tr>
 *   <tr><td>{@link #REGIONAL_AUTHORITY}</td><td>11 Local Government</td></tr>
 *   <tr><td>{@link #ASSOCIATION_OF_AUTHORITIES}</td><td>15 Other Public Sector</td></tr>
 *   <tr><td>{@link #INTERGOVERNMENTAL}</td><td>40 Multilateral</td></tr>
 *   <tr><td>{@link #FOUNDATION}</td><td>60 Foundation</td></tr>
 *   <tr><td>{@link #PUBLIC_INSTITUTION}</td><td>15 Other Public Sector</td></tr>
 *   <tr><td>{@link #ACADEMIC}</td><td>80 Academic, Training and Research</td></tr>
 *   <tr><td>{@link #NETWORK}</td><td>21 International NGO</td></tr>
 *   <tr><td>{@link #PRIVATE_SECTOR}</td><td>70 Private Sector</td></tr>
 *   <tr><td>{@link #OTHER}</td><td>90 Other</td></tr>
 * </table>
 */
public enum OrganisationKind {
  /** A non-governmental organisation working in one country, such as a national refugee council. */
  NGO_NATIONAL("22"),
  /** A non-governmental organisation working across countries, such as Amnesty International. */
  NGO_INTERNATIONAL("21"),
  /** A church, a council of churches or a church-related agency, such as CCME. */
  FAITH_BASED("21"),
  /** A national government, a ministry or a state agency. */
  GOVERNMENT("10"),
  /** A municipality, city or commune, such as Wrocław or Măgurele. */
  LOCAL_AUTHORITY("11"),
  /** A region, province, county or voivodeship. */
  REGIONAL_AUTHORITY("11"),
  /** An association of local or regional authorities, such as the Association of Polish Cities. */
  ASSOCIATION_OF_AUTHORITIES("15"),
  /** An intergovernmental body, such as UNHCR, IOM or the Council of Europe. */
  INTERGOVERNMENTAL("40"),
  /** A foundation or other grant-making funder. */
  FOUNDATION("60"),
  /** A public institution that is not itself a government, such as a public library. */
  PUBLIC_INSTITUTION("15"),
  /** A university, research institute or training body. */
  ACADEMIC("80"),
  /** A network or coalition of organisations, such as ECRE. */
  NETWORK("21"),
  /** A company or other private-sector body. */
  PRIVATE_SECTOR("70"),
  /** Any other kind of body. */
  OTHER("90");

  private final String iatiCode;

  OrganisationKind(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * Returns the IATI OrganisationType code for this kind.
   *
   * @return the two-digit code, such as {@code "22"}, not null
   */
  public String iatiCode() {
    return iatiCode;
  }
}
