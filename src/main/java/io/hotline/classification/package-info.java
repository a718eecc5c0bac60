/**
 * Text classification: models that learn a label (a category, a handling unit) from
 * labelled texts, predict calibrated probabilities with the terms that weighed most, are
 * saved to and loaded from a file, and report how well they did in cross-validation.
 * {@link io.hotline.classification.TextClassifier} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification", allowedDependencies = {})
package io.hotline.classification;
