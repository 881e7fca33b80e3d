/**
 * The command line (picocli): run, demo, replay, subscribe, explain, audit, erase, dlq, evaluate, model, bench,
 * console-bench; and the hook that starts the console beside a running bus.
 * Commands parse options and print; what they do is in the packages below them.
 */
package org.crosslink.app;
