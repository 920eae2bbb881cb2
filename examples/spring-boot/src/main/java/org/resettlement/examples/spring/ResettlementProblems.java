package org.resettlement.examples.spring;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.resettlement.jackson3.ResettlementJsonException;
import org.resettlement.validation.Rule;
import org.resettlement.validation.Severity;
import org.resettlement.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers every refused request with an RFC 9457 problem detail ({@code application/problem+json}),
 * as Spring's {@link ResponseEntityExceptionHandler} does, and words two refusals itself:
 *
 * <ul>
 *   <li>a document that cannot be read (400): malformed JSON ({@code MALFORMED_JSON}), or JSON
 *       that the wire format does not allow, such as a value of the wrong type, an unknown
 *       property or a missing one ({@code WIRE_FORMAT});
 *   <li>a document that breaks rules (422): one entry per violation, with the {@link Rule}'s name
 *       as code, sorted by path as {@link ValidationReport} sorts them.
 * </ul>
 *
 * <p>Each problem is an entry of the extension member {@code errors}: its {@code path} in the
 * document (such as {@code pledges[0].fulfilled}), its {@code code} and a {@code message} in the
 * request's language ({@code Accept-Language}: English or Polish). The entries and the log quote
 * nothing of the document, so no personal data reaches either: the reader's own reason, which
 * quotes up to 40 characters of a refused value (perhaps a person's name), is left out, as are
 * the rejected values Spring keeps with its field errors.
 */
@RestControllerAdvice
class ResettlementProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ResettlementProblems.class);

  /** Where a reader learns what a valid document looks like, and what each rule requires. */
  private static final URI WIRE_FORMAT = URI.create(
      "https://github.com/resettlement-data/resettlement/blob/main/docs/wire-format.md");
  private static final URI RULES = URI.create(
      "https://github.com/resettlement-data/resettlement/blob/main/docs/validation.md");

  /** One problem of a document: where, which rule, and what is wrong, in the request's language. */
  record Problem(String path, String code, String severity, String message) {}

  private final MessageSource messages;

  /**
   * Creates the handler.
   *
   * @param messages the application's messages, with the problem details' texts, not null
   */
  ResettlementProblems(MessageSource messages) {
    this.messages = messages;
  }

  // tag::rule-violations[]
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException refusal, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ConstraintViolation<Object>> violations = new ArrayList<>();
    for (ObjectError error : refusal.getBindingResult().getAllErrors()) {
      violations.add(violation(error));
    }
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : ValidationReport.of(violations).violations()) {
      problems.add(new Problem(
          violation.getPropertyPath().toString(),                         // pledges[0].fulfilled
          Rule.of(violation).map(Rule::name).orElse("CONSTRAINT"),        // FULFILLED_WITHIN_PLEDGED
          Severity.of(violation).name().toLowerCase(Locale.ROOT),
          violation.getMessage()));                                      // in the request's language
    }
    return refuse(refusal, HttpStatus.UNPROCESSABLE_CONTENT, RULES, "rules", problems, headers, request);
  }
  // end::rule-violations[]

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException refusal, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Optional<ResettlementJsonException> problem = cause(refusal, ResettlementJsonException.class);
    if (problem.isEmpty()) {
      // Not the reader's: no body at all, for example. Spring's own problem detail says so.
      return super.handleHttpMessageNotReadable(refusal, headers, status, request);
    }
    String code = isMalformed(problem.get()) ? "MALFORMED_JSON" : "WIRE_FORMAT";
    Problem entry = new Problem(problem.get().path(), code, "error", text("problem." + code));
    return refuse(refusal, HttpStatus.BAD_REQUEST, WIRE_FORMAT, "document", List.of(entry), headers, request);
  }

  private ResponseEntity<Object> refuse(Exception refusal, HttpStatus status, URI type, String kind,
      List<Problem> problems, HttpHeaders headers, WebRequest request) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text("problem." + kind + ".detail"));
    detail.setType(type);
    detail.setTitle(text("problem." + kind + ".title"));
    detail.setProperty("errors", problems);
    // The codes and paths only: enough to follow a refusal, and nothing of the document.
    LOG.info("Refused {}: {}", request.getDescription(false),
        problems.stream().map(problem -> problem.code() + " at '" + problem.path() + "'").toList());
    return handleExceptionInternal(refusal, detail, headers, status, request);
  }

  /** A text of the application's messages, in the request's language. */
  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** The Bean Validation violation that Spring's field error was made from. */
  @SuppressWarnings("unchecked")
  private static ConstraintViolation<Object> violation(ObjectError error) {
    return error.unwrap(ConstraintViolation.class);
  }

  /**
   * Whether the document is not JSON at all: the parser refused it. Jackson reports a number too
   * large for its field as a parser problem too, though the JSON is well formed.
   */
  private static boolean isMalformed(ResettlementJsonException problem) {
    Optional<StreamReadException> parser = cause(problem, StreamReadException.class);
    return parser.isPresent() && !(parser.get() instanceof InputCoercionException);
  }

  private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
