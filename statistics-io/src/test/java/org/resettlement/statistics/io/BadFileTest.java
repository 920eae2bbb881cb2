package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.Observation;

/**
 * Files that are wrong in one way: each gets a problem with its line (and column, where it is in
 * one cell), strict mode stops at it, lenient mode reads every other row.
 */
class BadFileTest {
  private static final String HEADER =
      "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n";
  private static final String GOOD = "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,2330,,\n";

  /** A file of a good row, the row given, and another good row: the problem is on line 3. */
  private static String around(String row) {
    return HEADER + GOOD + row + "\n" + GOOD;
  }

  private static String row(String value, String flag, String conf) {
    return "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017," + value + "," + flag + "," + conf;
  }

  /** Reads the file in both modes, checks what each does, and returns the lenient problem's text. */
  private static String onlyProblem(String file) {
    Reading lenient = Reading.lenient("bad.csv", file);
    assertThat(lenient.observations).as("the good rows, in lenient mode").hasSize(2);
    assertThat(lenient.summary.problemCount()).isEqualTo(1);
    assertThat(lenient.heard).isEqualTo(lenient.summary.problems());
    ReadProblem problem = lenient.summary.problems().get(0);
    assertThatThrownBy(() -> Reading.strict("bad.csv", file))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage(problem.toString())
        .satisfies(e -> assertThat(((StatisticsFileException) e).problem()).isEqualTo(problem));
    return problem.toString();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      12a       | column 10 (OBS_VALUE): '12a' is not a whole number
      12.5      | column 10 (OBS_VALUE): '12.5' is not a whole number
      ' 12'     | column 10 (OBS_VALUE): ' 12' has spaces around the number; write digits only
      '1 234'   | column 10 (OBS_VALUE): '1 234' has a thousands separator; write digits only, such as 1234
      '"1,234"' | column 10 (OBS_VALUE): '1,234' has a thousands separator; write digits only, such as 1234
      -5        | column 10 (OBS_VALUE): '-5' is negative; a count of persons cannot be
      1234567890123456789 | column 10 (OBS_VALUE): '1234567890123456789' is too large for a count (at most 18 digits)
      """)
  void badNumber(String value, String problem) {
    assertThat(onlyProblem(around(row(value, "", "")))).isEqualTo("bad.csv, line 3, " + problem);
  }

  @Test
  void badFlag() {
    assertThat(onlyProblem(around(row("5", "px", ""))))
        .isEqualTo("bad.csv, line 3, column 11 (OBS_FLAG): 'x' in 'px' is not a Eurostat flag; the flags are"
            + " b d e f i m n p u (before 2025 also c s z)");
  }

  @Test
  void badConfidentialityStatus() {
    assertThat(onlyProblem(around(row("", "", "D"))))
        .isEqualTo("bad.csv, line 3, column 12 (CONF_STATUS): 'D' is not a confidentiality status; CONF_STATUS is"
            + " one of C N P F");
  }

  @Test
  void aConfidentialValueWithAValue() {
    assertThat(onlyProblem(around(row("5", "", "C"))))
        .isEqualTo("bad.csv, line 3, column 10 (OBS_VALUE): has the value 5 but is flagged confidential, which has"
            + " no value");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2190 | column 9 (TIME_PERIOD): year 2190 is out of range: a statistics file has years 1900 to 2099
      0217 | column 9 (TIME_PERIOD): year 0217 is out of range: a statistics file has years 1900 to 2099
      17   | column 9 (TIME_PERIOD): '17' is not a year such as 2017
      2017-01 | column 9 (TIME_PERIOD): '2017-01' is not a year such as 2017
      """)
  void yearOutOfRange(String year, String problem) {
    String file = around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR," + year + ",5,,");

    assertThat(onlyProblem(file)).isEqualTo("bad.csv, line 3, " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      W,PER,SY,T,TOTAL,FR,2017-W01     | column 3 (freq): 'W' is not a frequency this reader knows: A (annual), Q (quarterly) or M (monthly)
      A,THS_PER,SY,T,TOTAL,FR,2017     | column 4 (unit): 'THS_PER' is not PER, the only unit of MIGR_ASYRESA this reader knows
      A,PER,,T,TOTAL,FR,2017           | column 5 (citizen): is empty; every dimension has a code
      A,PER,SY ,T,TOTAL,FR,2017        | column 5 (citizen): 'SY ' has spaces around the code
      A,PER,SY,T,TOTAL,EA19,2017       | column 8 (geo): 'EA19' is neither a country nor a group of countries this library knows (groups: EU, EU27_2020, EU28, EU27_2007)
      Q,PER,SY,T,TOTAL,FR,2017-Q5      | column 9 (TIME_PERIOD): '2017-Q5' is not a quarter such as 2017-Q1 (freq Q)
      M,PER,SY,T,TOTAL,FR,2017-13      | column 9 (TIME_PERIOD): '2017-13' is not a month such as 2017-01 (freq M)
      """)
  void badCode(String codes, String problem) {
    String file = around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00," + codes + ",5,,");

    assertThat(onlyProblem(file)).isEqualTo("bad.csv, line 3, " + problem);
  }

  @Test
  void badLastUpdate() {
    assertThat(onlyProblem(around("ESTAT:MIGR_ASYRESA(1.0),31/02/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,5,,")))
        .isEqualTo("bad.csv, line 3, column 2 (LAST UPDATE): '31/02/21 23:00:00' is not a time of update such as"
            + " 10/06/21 23:00:00 (day/month/year hours:minutes:seconds)");
  }

  @Test
  void badDataflowReference() {
    assertThat(onlyProblem(around("migr_asyresa,10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,5,,")))
        .isEqualTo("bad.csv, line 3, column 1 (DATAFLOW): 'migr_asyresa' is not a dataflow reference such as"
            + " ESTAT:MIGR_ASYRESA(1.0)");
  }

  //-----------------------------------------------------------------------
  @Test
  void shortRow_aTruncatedLine() {
    assertThat(onlyProblem(around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOT")))
        .isEqualTo("bad.csv, line 3: the row has 7 cells, the header 12; is the line cut short?");
  }

  @Test
  void truncatedLastLine() {
    String file = HEADER + GOOD + GOOD + "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOT";

    Reading reading = Reading.lenient("bad.csv", file);

    assertThat(reading.observations).hasSize(2);
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString)
        .containsExactly("bad.csv, line 4: the row has 7 cells, the header 12; is the line cut short?");
  }

  @Test
  void longRow() {
    assertThat(onlyProblem(around(row("5", "", "") + ",extra")))
        .isEqualTo("bad.csv, line 3: the row has 13 cells, the header 12");
  }

  @Test
  void aQuotedCellOverSeveralLines_isAProblem_andTheReadingGoesOn() {
    String file = around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,\"SY\nSY\",T,TOTAL,FR,2017,5,,");

    Reading reading = Reading.lenient("bad.csv", file);

    assertThat(reading.lines).containsExactly(2L, 5L);
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "bad.csv, line 3, column 5 (citizen): a quoted cell runs from this line over 2 lines; its closing quote is"
            + " probably missing (a quote inside a cell is written twice)");
  }

  @Test
  void unclosedQuote_stopsTheReadingInBothModes_atItsLine() {
    String file = around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,\"SY,T,TOTAL,FR,2017,5,,");

    assertThatThrownBy(() -> Reading.lenient("bad.csv", file))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("bad.csv, line 3: a quoted cell starts on this line and is never closed; the rest of the file"
            + " cannot be read");
  }

  @Test
  void textAfterAClosingQuote_stopsTheReadingInBothModes_atItsLine() {
    String file = around("ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,\"S\"Y,T,TOTAL,FR,2017,5,,");

    assertThatThrownBy(() -> Reading.lenient("bad.csv", file))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("bad.csv, line 3: text follows the closing quote of a cell that starts on this line (a quote"
            + " inside a cell is written twice); the rest of the file cannot be read");
  }

  @Test
  void quotedCellsWithCommasAndQuotes_areRead() {
    String file = "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE\n"
        + "dataflow,ESTAT:MIGR_ASYRESA(1.0),\"Resettled persons by age, sex and \"\"citizenship\"\"\","
        + "\"A\",PER,SY,T,TOTAL,FR,2017,\"2330\"\n";

    assertThat(Reading.strict("quoted.csv", file).observations).singleElement()
        .satisfies(record -> assertThat(Reading.value(record)).isEqualTo(2330L));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty            | ''
      blank lines      | '\n\n  \n'
      """)
  void emptyFile(String name, String text) {
    assertThatThrownBy(() -> Reading.lenient("empty.csv", text.replace("\\n", "\n")))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("empty.csv, line 1: the file is empty");
  }

  @Test
  void headerOnly_isAFileWithoutRows() {
    Reading reading = Reading.strict("header.csv", HEADER);

    assertThat(reading.summary.rows()).isZero();
    assertThat(reading.observations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nothing known     | freq,unit,geo | line 1: the file is not in a layout this reader knows: expected a header starting DATAFLOW (SDMX-CSV 1.0), STRUCTURE (SDMX-CSV 2.0), freq,...\\TIME_PERIOD (Eurostat TSV) or metric,period,geography (tidy CSV), or a UNHCR download whose header Year,...(ISO)... comes within its first 40 lines
      no TIME_PERIOD    | DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,OBS_VALUE | line 1: the header has no TIME_PERIOD column
      no OBS_VALUE      | DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_FLAG | line 1, column 10 (OBS_FLAG): expected OBS_VALUE, found 'OBS_FLAG': OBS_VALUE follows TIME_PERIOD
      unknown attribute | DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,OBS_COMMENT | line 1, column 12 (OBS_COMMENT): 'OBS_COMMENT' is not a column this reader knows; after OBS_VALUE come OBS_FLAG and CONF_STATUS
      labels            | 'DATAFLOW,LAST UPDATE,freq: Time frequency,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE' | line 1, column 3 (freq: Time frequency): 'freq: Time frequency' is not the code of a dimension; download the file with codes only, without labels
      dimension twice   | DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,sex,geo,TIME_PERIOD,OBS_VALUE | line 1, column 7 (sex): the dimension sex is given twice
      2.0 without id    | STRUCTURE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE | line 1, column 2 (freq): expected STRUCTURE_ID, found 'freq': an SDMX-CSV 2.0 header starts with STRUCTURE,STRUCTURE_ID
      TSV without time  | freq,unit,citizen,sex,age,geo	2017 | line 1: the file is not in a layout this reader knows: expected a header starting DATAFLOW (SDMX-CSV 1.0), STRUCTURE (SDMX-CSV 2.0), freq,...\\TIME_PERIOD (Eurostat TSV) or metric,period,geography (tidy CSV), or a UNHCR download whose header Year,...(ISO)... comes within its first 40 lines
      """)
  void wrongHeader(String name, String header, String problem) {
    assertThatThrownBy(() -> Reading.lenient("header.csv", header + "\n" + GOOD))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("header.csv, " + problem);
  }

  @Test
  void toldAnotherFormat_theHeaderSaysWhatItExpected() {
    String file = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2017 \nA,PER,SY,T,TOTAL,FR\t2330 \n";

    assertThatThrownBy(() -> Reading.text("resettled.tsv", file, StatisticsReader.builder().format(StatisticsFormat.SDMX_CSV_1)))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("resettled.tsv, line 1, column 1 (freq): expected DATAFLOW, found 'freq': an SDMX-CSV 1.0 header"
            + " starts with DATAFLOW");
  }

  //-----------------------------------------------------------------------
  @Test
  void byteOrderMark_isNotPartOfTheFirstCell() {
    Reading withMark = Reading.strict("bom.csv", "\uFEFF" + HEADER + GOOD);
    Reading without = Reading.strict("bom.csv", HEADER + GOOD);

    assertThat(withMark.observations).isEqualTo(without.observations).hasSize(1);
  }

  @Test
  void byteOrderMark_inBytes() {
    byte[] bytes = ("\uFEFF" + HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
    List<Observation> observations = new ArrayList<>();

    ReadSummary summary = StatisticsReader.builder().build()
        .read(new ByteArrayInputStream(bytes), "bom.csv", observations::add);

    assertThat(summary.problemCount()).isZero();
    assertThat(observations).hasSize(1);
  }

  @Test
  void crlf_readsAsLf_withTheSameLines() {
    String file = around(row("12a", "", ""));
    Reading lf = Reading.lenient("lines.csv", file);
    Reading crlf = Reading.lenient("lines.csv", file.replace("\n", "\r\n"));
    Reading cr = Reading.lenient("lines.csv", file.replace("\n", "\r"));

    assertThat(crlf.observations).isEqualTo(lf.observations).hasSize(2);
    assertThat(cr.observations).isEqualTo(lf.observations);
    assertThat(crlf.summary.problems()).isEqualTo(lf.summary.problems());
    assertThat(crlf.lines).containsExactly(2L, 4L);
  }

  @Test
  void notUtf8_isAProblemOfTheFile() {
    byte[] bytes = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, latin1, 0, bytes.length);
    latin1[bytes.length] = (byte) 0xE9; // é in ISO 8859-1

    assertThatThrownBy(() -> StatisticsReader.builder().build()
            .read(new ByteArrayInputStream(latin1), "latin1.csv", observation -> { }))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessageStartingWith("latin1.csv, line 1: the file is not UTF-8 text");
  }

  //-----------------------------------------------------------------------
  @Test
  void aLargeFileWithOneBadLineInTheMiddle() {
    int rows = 200_000;
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      file.append(i == rows / 2 ? row("12a", "", "") + "\n" : GOOD);
    }
    long badLine = rows / 2 + 2;

    Reading lenient = Reading.lenient("large.csv", file.toString());

    assertThat(lenient.summary.rows()).isEqualTo(rows);
    assertThat(lenient.summary.observations()).isEqualTo(rows - 1);
    assertThat(lenient.summary.problems()).extracting(ReadProblem::toString)
        .containsExactly("large.csv, line " + badLine + ", column 10 (OBS_VALUE): '12a' is not a whole number");
    assertThatThrownBy(() -> Reading.strict("large.csv", file.toString()))
        .isInstanceOf(StatisticsFileException.class)
        .satisfies(e -> assertThat(((StatisticsFileException) e).problem().line()).isEqualTo(badLine));
  }

  @Test
  void lenient_keepsSomeProblems_countsAndHearsThemAll() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < 50; i++) {
      file.append(row("bad", "", "")).append('\n');
    }

    Reading reading = Reading.text("bad.csv", file.toString(),
        StatisticsReader.builder().mode(ReadMode.LENIENT).problemsKept(10));

    assertThat(reading.summary.problemCount()).isEqualTo(50);
    assertThat(reading.summary.problems()).hasSize(10);
    assertThat(reading.heard).hasSize(50);
    assertThat(reading.observations).isEmpty();
  }

  @Test
  void aRowWithSeveralProblems_reportsEachCell() {
    Reading reading = Reading.lenient("bad.csv", HEADER + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,SY,T,TOTAL,XX,2190,1a,x,\n");

    assertThat(reading.summary.problems()).extracting(ReadProblem::columnName).map(name -> name.orElseThrow())
        .containsExactly("TIME_PERIOD", "geo", "OBS_VALUE", "OBS_FLAG");
  }

  @Test
  void controlCharacters_inAQuotedCell_areEscapedInTheProblem() {
    Reading reading = Reading.lenient("bad.csv", HEADER + row("1\u00072", "", "") + "\n");

    assertThat(reading.summary.problems().get(0).reason()).isEqualTo("'1\\u00072' is not a whole number");
  }
}
