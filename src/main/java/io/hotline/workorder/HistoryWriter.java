package io.hotline.workorder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes historical orders in bulk, tens of thousands a second: a batch is copied
 * ({@code COPY}) into temporary tables, then inserted in one statement that skips the
 * request ids already stored and appends the timelines of the orders it inserted only.
 * Numbers follow the platform's format from the registration date. No {@link OrderEvent}
 * is published: history is not news, and the timeline written here is what analytics
 * reads.
 */
@Service
public class HistoryWriter {

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	HistoryWriter(DataSource dataSource, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	/**
	 * Writes the batch in one transaction (or in the caller's, if one is open).
	 * @return how many orders were inserted, and how many were there already (a request
	 * id stored before, or repeated in the batch)
	 */
	public Written write(List<HistoricalOrder> orders) {
		Map<String, HistoricalOrder> unique = new LinkedHashMap<>();
		orders.forEach((order) -> unique.putIfAbsent(order.requestId(), order));
		List<HistoricalOrder> batch = new ArrayList<>(unique.values());
		if (batch.isEmpty()) {
			return new Written(0, orders.size());
		}
		Integer inserted = this.transactions.execute((status) -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				return insert(connection, batch);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Writing " + batch.size() + " historical orders failed", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
		return new Written(inserted, orders.size() - inserted);
	}

	private int insert(Connection connection, List<HistoricalOrder> batch) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(HistorySql.STAGING);
			statement.execute(HistorySql.TRUSTED_LOAD);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(HistorySql.COPY_ORDERS, new StringReader(HistorySql.orderRows(batch).toString()), 1 << 16);
			copy.copyIn(HistorySql.COPY_EVENTS, new StringReader(HistorySql.eventRows(batch).toString()), 1 << 16);
			try (ResultSet result = statement.executeQuery(HistorySql.INSERT)) {
				result.next();
				int inserted = result.getInt(1);
				statement.execute("truncate history_order_in, history_event_in");
				return inserted;
			}
		}
	}

	/** What a batch did. */
	public record Written(int inserted, int alreadyPresent) {

	}

}
