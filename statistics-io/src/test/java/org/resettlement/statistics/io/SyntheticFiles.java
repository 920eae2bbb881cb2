package org.resettlement.statistics.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file of any size in Eurostat's SDMX-CSV 1.0 layout of {@code migr_asyresa}, row by row,
 * without holding it: the cells cycle through citizenships, sexes, ages, countries and years.
 */
final class SyntheticFiles {
  private static final String[] CITIZENS = (
      "TOTAL STLS UNK AF SY IQ IR ER SO SD SS CD CF ML NG ET YE PS MM BT LK PK BD NP VN KH LA TH MY ID "
      + "CN KP KR MN KZ UZ TJ KG TM AZ AM GE UA BY RU MD TR LB JO EG LY TN DZ MA MR SN GM GN SL LR CI GH "
      + "TG BJ BF NE TD CM GA CG AO ZM ZW MW MZ TZ KE UG RW BI DJ KM MG HT CU VE CO EC PE BO SV HN GT NI "
      + "EXT_EU27_2020").split(" ");
  private static final String[] SEXES = {"T", "F", "M"};
  private static final String[] AGES = {"TOTAL", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "UNK"};
  private static final String[] GEOS = (
      "EU27_2020 BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE IS "
      + "LI NO CH UK").split(" ");
  static final String HEADER = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";

  private SyntheticFiles() {}

  /** Writes a file of so many data rows. */
  static void sdmxCsv(Path file, long rows) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(HEADER);
      StringBuilder row = new StringBuilder(96);
      for (long i = 0; i < rows; i++) {
        long rest = i;
        String citizen = CITIZENS[(int) (rest % CITIZENS.length)];
        rest /= CITIZENS.length;
        String sex = SEXES[(int) (rest % SEXES.length)];
        rest /= SEXES.length;
        String age = AGES[(int) (rest % AGES.length)];
        rest /= AGES.length;
        String geo = GEOS[(int) (rest % GEOS.length)];
        rest /= GEOS.length;
        int year = 2008 + (int) (rest % 16);
        row.setLength(0);
        row.append("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,").append(citizen).append(',').append(sex)
            .append(',').append(age).append(',').append(geo).append(',').append(year).append(',');
        if (i % 97 == 0) {
          row.append(",");
        } else {
          row.append((i * 7919 % 2000) * 5).append(i % 31 == 0 ? ",p" : ",");
        }
        out.append(row).append('\n');
      }
    }
  }
}
