package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.MonetaryAmount;

/** Amounts of money: the amount as a string of plain decimal digits, the currency as its code. */
class MonetaryAmountJsonTest extends JsonTestBase {

  @Test
  void amount_isAPlainDecimalString() {
    assertThat(write(MonetaryAmount.of(new BigDecimal("1250.00"), "EUR")))
        .isEqualTo(json("{'amount':'1250.00','currency':'EUR'}"));
    assertThat(write(MonetaryAmount.of(new BigDecimal("1E+3"), "PLN")))
        .isEqualTo(json("{'amount':'1000','currency':'PLN'}"));
  }

  @Test
  void read_keepsTheScale() {
    MonetaryAmount twoPlaces = read(json("{'amount':'1000.00','currency':'EUR'}"), MonetaryAmount.class);
    MonetaryAmount noPlaces = read(json("{'amount':'1000','currency':'EUR'}"), MonetaryAmount.class);

    assertThat(twoPlaces.amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(twoPlaces).isNotEqualTo(noPlaces);
  }

  @Test
  void read_keepsEveryDigit() {
    String digits = "123456789012345678901234567890.123456789";

    assertThat(read(json("{'amount':'" + digits + "','currency':'EUR'}"), MonetaryAmount.class).amount())
        .isEqualTo(new BigDecimal(digits));
  }

  @Test
  void read_rejectsANumber() {
    ResettlementJsonException problem = readFails(json("{'amount':1250.00,'currency':'EUR'}"), MonetaryAmount.class);

    assertThat(problem.path()).isEqualTo("amount");
    assertThat(problem.reason())
        .isEqualTo("expected a decimal amount written as a string, such as \"1250.00\", found a decimal number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.25E3", "-5", "+5", " 5", "5.", ".5", "01", "1,250.00", ""})
  void read_rejectsOtherNotations(String amount) {
    ResettlementJsonException problem = readFails(json("{'amount':'" + amount + "','currency':'EUR'}"), MonetaryAmount.class);

    assertThat(problem.path()).isEqualTo("amount");
    assertThat(problem.reason())
        .isEqualTo("'" + amount + "' is not a decimal amount written as a string, such as \"1250.00\"");
  }

  @Test
  void read_rejectsMoreDigitsThanTheNumberLengthLimit() {
    int limit = ResettlementJson.readLimits().getMaxNumberLength();
    String digits = "1".repeat(limit + 1);

    assertThat(readFails(json("{'amount':'" + digits + "','currency':'EUR'}"), MonetaryAmount.class).reason())
        .isEqualTo("a decimal amount must not have more than " + limit + " characters");
  }

  @Test
  void read_rejectsAnUnknownCurrency() {
    ResettlementJsonException problem = readFails(json("{'amount':'5','currency':'XYZ'}"), MonetaryAmount.class);

    assertThat(problem.path()).isEqualTo("currency");
    assertThat(problem.reason()).isEqualTo("'XYZ' is not an ISO 4217 currency code such as EUR");
  }
}
