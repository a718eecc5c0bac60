package io.hotline.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of phrases that mean the same (公积金, 住房公积金), applied to the query only: the index
 * stays as written, so that editing the list changes the next search without indexing
 * again. Lines as Solr writes them, {@code a,b,c}, {@code #} for comments.
 */
public final class Synonyms {

	private static final String BUILT_IN = "knowledge/synonyms.txt";

	private final List<List<String>> groups;

	private Synonyms(List<List<String>> groups) {
		this.groups = groups;
	}

	public static Synonyms none() {
		return new Synonyms(List.of());
	}

	/** The list shipped in the jar ({@value #BUILT_IN}). */
	public static Synonyms builtIn() {
		try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the synonyms " + BUILT_IN, ex);
		}
	}

	public static Synonyms parse(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			List<String> group = Arrays.stream(stripped.split("[,，]"))
				.map(String::strip)
				.filter((p) -> !p.isEmpty())
				.distinct()
				.toList();
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		return new Synonyms(List.copyOf(groups));
	}

	/** The phrases that the query does not hold but means, by the groups it touches. */
	Set<String> expand(String query) {
		Set<String> more = new LinkedHashSet<>();
		for (List<String> group : this.groups) {
			if (group.stream().anyMatch(query::contains)) {
				group.stream().filter((p) -> !query.contains(p)).forEach(more::add);
			}
		}
		return more;
	}

	public int size() {
		return this.groups.size();
	}

}
