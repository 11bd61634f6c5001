package vn.onestop.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test (or every test of the class) needs SANE's scanimage and its {@code test} backend (Debian package sane-utils): document scans.
 * Without it the test is disabled before any set-up runs, with a message naming what is missing; under CI it fails
 * (see {@link RequirementCondition}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequirementCondition.Sane.class)
public @interface RequiresSane {
}
