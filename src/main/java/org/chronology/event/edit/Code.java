package org.chronology.event.edit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.function.Supplier;
import org.chronology.event.Codes;

/**
 * A form value that must be one code of a list ({@link EventChoices}); an empty value passes when
 * {@link #optional()}. The message is a code of the bundle's {@code err}, shown next to the field.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Code.Check.class)
public @interface Code {

  /** The lists a value may come from. */
  enum Of {
    TYPE(EventChoices::types),
    STATUS(EventChoices::statuses),
    PRECISION(EventChoices::precisions),
    ROLE(EventChoices::roles),
    KIND(EventChoices::kinds),
    /** What an editor may set, and the machine's own state the form may carry back unchanged. */
    REVIEW(Codes::reviews);

    final Supplier<List<String>> codes;

    Of(Supplier<List<String>> codes) {
      this.codes = codes;
    }
  }

  Of value();

  boolean optional() default false;

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Code}. */
  class Check implements ConstraintValidator<Code, String> {
    private Code code;

    @Override
    public void initialize(Code code) {
      this.code = code;
    }

    @Override
    public boolean isValid(String v, ConstraintValidatorContext context) {
      if (v == null || v.isEmpty()) {
        return code.optional();
      }
      return code.value().codes.get().contains(v);
    }
  }
}
