package io.hotline.platform.export;

import java.util.List;

/**
 * A list as the workstation shows it (masked as on screen), to be written as a file: its
 * name, its columns' headings and its rows of cells.
 */
record ExportedTable(String name, List<String> columns, List<List<Object>> rows) {

	static final int MAX_ROWS = 50_000;

	static final int MAX_COLUMNS = 100;

}
