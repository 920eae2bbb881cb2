package org.resettlement.core;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-2 code, such as {@code PL}.
 *
 * <p>Every officially assigned ISO 3166-1 code is known, plus {@code XK} for Kosovo, which the
 * European Union, the Council of Europe and UNHCR use although ISO has not assigned it. The table
 * is part of this library, not read from the running JDK, so the same codes are valid on every
 * JVM.
 *
 * <p>Publishers do not all use ISO codes. Use {@link #fromAlpha3(String)} for three-letter codes
 * and {@link #fromEurostat(String)} for Eurostat's geo codes, which write Greece as {@code EL}
 * and the United Kingdom as {@code UK}.
 *
 * <p>{@code toString()} returns the alpha-2 code, which {@link #of(String)} reads back.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class CountryCode implements Actor, Comparable<CountryCode> {

  /** Kosovo: a user-assigned code, used by the EU, the Council of Europe and UNHCR. */
  private static final String KOSOVO = "XKXKX";

  // Pairs of ISO 3166-1 alpha-2 and alpha-3 codes, as assigned by ISO.
  private static final String TABLE =
      "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA "
          + "AZAZE BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL "
          + "BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE "
          + "CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU "
          + "DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI "
          + "FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB "
          + "GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI "
          + "HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR "
          + "JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN "
          + "LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF "
          + "MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV "
          + "MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU "
          + "NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE "
          + "PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE "
          + "SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM "
          + "SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR "
          + "TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB "
          + "VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE "
          + KOSOVO;

  /**
   * The countries by alpha-2 code, at the index {@code letters(code)}: nearly every record names a
   * country, and looking the code up in a sorted map took a hundredth of the time of reading a
   * dataset from JSON (benchmarks, JFR).
   */
  private static final CountryCode[] BY_ALPHA2 = new CountryCode[26 * 26];
  private static final Map<String, CountryCode> BY_ALPHA3;
  private static final NavigableSet<CountryCode> ALL;

  static {
    NavigableSet<CountryCode> all = new TreeSet<>();
    Map<String, CountryCode> byAlpha3 = new TreeMap<>();
    for (String pair : TABLE.split(" ")) {
      CountryCode code = new CountryCode(pair.substring(0, 2), pair.substring(2));
      BY_ALPHA2[letters(code.alpha2)] = code;
      all.add(code);
      byAlpha3.put(code.alpha3, code);
    }
    BY_ALPHA3 = Collections.unmodifiableMap(byAlpha3);
    ALL = Collections.unmodifiableNavigableSet(all);
  }

  private final String alpha2;
  private final String alpha3;

  private CountryCode(String alpha2, String alpha3) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a country from its ISO 3166-1 alpha-2 code.
   *
   * @param alpha2 the two-letter code in upper case, such as {@code "PL"}, or {@code "XK"}
   * @return the country, not null
   * @throws InvalidValueException if the code is null or not an assigned alpha-2 code; Eurostat's
   *     {@code EL} and {@code UK} are refused here with a hint; {@link #fromEurostat} reads them
   */
  public static CountryCode of(String alpha2) {
    Invariants.notNull(CountryCode.class, "alpha2", alpha2);
    int letters = letters(alpha2);
    CountryCode code = letters < 0 ? null : BY_ALPHA2[letters];
    if (code == null) {
      String hint =
          alpha2.equals("EL") || alpha2.equals("UK")
              ? " (Eurostat's EL and UK are GR and GB in ISO 3166-1)"
              : "";
      throw new InvalidValueException(
          CountryCode.class,
          "alpha2",
          Wording.quoted(alpha2) + " is not an ISO 3166-1 alpha-2 code in upper case" + hint);
    }
    return code;
  }

  /** Numbers a code of two upper-case ASCII letters from 0 to 675, and anything else -1. */
  private static int letters(String code) {
    if (code.length() != 2) {
      return -1;
    }
    int first = code.charAt(0) - 'A';
    int second = code.charAt(1) - 'A';
    return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-3 code, such as {@code "POL"}.
   *
   * <p>Kosovo's code {@code XKX}, as the European Union and the IMF use it, is also accepted.
   *
   * @param alpha3 the three-letter code in upper case
   * @return the country, not null
   * @throws InvalidValueException if the code is null or not an assigned alpha-3 code
   */
  public static CountryCode fromAlpha3(String alpha3) {
    Invariants.notNull(CountryCode.class, "alpha3", alpha3);
    CountryCode code = BY_ALPHA3.get(alpha3);
    if (code == null) {
      throw new InvalidValueException(
          CountryCode.class,
          "alpha3",
          Wording.quoted(alpha3) + " is not an ISO 3166-1 alpha-3 code in upper case");
    }
    return code;
  }

  /**
   * Obtains a country from a Eurostat geo code: {@code EL} is Greece ({@code GR}), {@code UK} is
   * the United Kingdom ({@code GB}), and every other code is read as ISO 3166-1 alpha-2.
   *
   * @param geoCode the Eurostat country code in upper case
   * @return the country, not null
   * @throws InvalidValueException if the code is null or not a country code
   */
  public static CountryCode fromEurostat(String geoCode) {
    Invariants.notNull(CountryCode.class, "alpha2", geoCode);
    switch (geoCode) {
      case "EL":
        return of("GR");
      case "UK":
        return of("GB");
      default:
        return of(geoCode);
    }
  }

  /**
   * Returns every known country code, in alphabetical order.
   *
   * @return the unmodifiable set of all codes, including {@code XK}, not null
   */
  public static NavigableSet<CountryCode> all() {
    return ALL;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the ISO 3166-1 alpha-2 code.
   *
   * @return the two upper-case letters, such as {@code "PL"}, not null
   */
  public String alpha2() {
    return alpha2;
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code.
   *
   * @return the three upper-case letters, such as {@code "POL"}; {@code "XKX"} for Kosovo
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * Returns the code Eurostat uses: {@code EL} for Greece, {@code UK} for the United Kingdom,
   * and the alpha-2 code for every other country.
   *
   * @return the Eurostat geo code, not null
   */
  public String toEurostat() {
    switch (alpha2) {
      case "GR":
        return "EL";
      case "GB":
        return "UK";
      default:
        return alpha2;
    }
  }

  /**
   * Returns the name of the country in the given language, as the running JDK knows it.
   *
   * <p>Names are for display only and may differ between JDK versions; compare codes, not names.
   *
   * @param language the language to name the country in, not null
   * @return the localised name, or the alpha-2 code if the JDK has no name for it
   * @throws NullPointerException if the language is null
   */
  public String displayName(Locale language) {
    Objects.requireNonNull(language, "language");
    return new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(language);
  }

  //-----------------------------------------------------------------------
  /**
   * Compares countries by their alpha-2 codes.
   *
   * @param other the other country, not null
   * @return negative, zero or positive as this code sorts before, with or after the other
   * @throws NullPointerException if the other is null
   */
  @Override
  public int compareTo(CountryCode other) {
    Objects.requireNonNull(other, "other");
    return alpha2.compareTo(other.alpha2);
  }

  /**
   * Checks whether this is the same country as another object.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is a country code with the same alpha-2 code
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof CountryCode && alpha2.equals(((CountryCode) other).alpha2));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the alpha-2 code
   */
  @Override
  public int hashCode() {
    return alpha2.hashCode();
  }

  /**
   * Returns the alpha-2 code, which {@link #of(String)} reads back.
   *
   * @return the alpha-2 code, such as {@code "PL"}, not null
   */
  @Override
  public String toString() {
    return alpha2;
  }
}
