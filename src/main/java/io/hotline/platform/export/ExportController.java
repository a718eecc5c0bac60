package io.hotline.platform.export;

import java.security.Principal;
import java.util.List;

import io.hotline.platform.AuditTrail;
import io.hotline.platform.InputText;
import io.hotline.platform.Problem;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /api/exports/{csv|xlsx}}: writes a list the workstation shows (its rows as
 * shown, personal data masked as on screen) as a CSV or Excel file. Lists of orders have
 * their own exports that read every matching order on the server.
 */
@RestController
@RequestMapping("/api/exports")
class ExportController {

	private final AuditTrail audit;

	ExportController(AuditTrail audit) {
		this.audit = audit;
	}

	@PostMapping("/{format}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestBody ExportedTable table,
			Principal user) {
		TableFormat to = TableFormat.parse(format);
		String name = InputText.limited(table.name(), "name", 100);
		List<String> columns = (table.columns() == null) ? List.of() : table.columns();
		List<List<Object>> rows = (table.rows() == null) ? List.of() : table.rows();
		if (columns.isEmpty() || columns.size() > ExportedTable.MAX_COLUMNS) {
			throw Problem.invalid("export.bad-columns", ExportedTable.MAX_COLUMNS);
		}
		if (rows.size() > ExportedTable.MAX_ROWS) {
			throw Problem.invalid("export.too-many-rows", ExportedTable.MAX_ROWS, rows.size());
		}
		for (int i = 0; i < rows.size(); i++) {
			List<Object> row = rows.get(i);
			if (row == null || row.size() != columns.size()) {
				throw Problem.invalid("export.bad-row", i + 1, columns.size());
			}
			for (Object cell : row) {
				if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof Boolean)) {
					throw Problem.invalid("export.bad-cell", i + 1);
				}
			}
		}
		this.audit.record(user.getName(), "EXPORT", name, "OK", to.extension() + ", " + rows.size() + " rows");
		return TableDownload.of(to, name, columns, (writer) -> {
			for (List<Object> row : rows) {
				writer.row(row);
			}
		});
	}

}
