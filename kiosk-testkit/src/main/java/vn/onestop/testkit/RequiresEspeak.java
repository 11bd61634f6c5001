package vn.onestop.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test (or every test of the class) needs espeak-ng (Debian package espeak-ng): the offline speech engine of
 * the hall display and the kiosk.
 * Without it the test is disabled before any set-up runs, with a message naming what is missing; under CI it fails
 * (see {@link RequirementCondition}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequirementCondition.Espeak.class)
public @interface RequiresEspeak {
}
