/**
 * The classifier's command-line tasks, {@code classifier-train} and
 * {@code classifier-predict}: standalone, they start no database.
 */
package io.hotline.classification.task;
