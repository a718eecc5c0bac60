package io.hotline.portal;

import java.util.Optional;

import io.hotline.org.Actor;
import io.hotline.platform.Problem;
import io.hotline.workorder.WorkOrderId;
import io.hotline.workorder.WorkOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo sent with a portal submission, shown back to its citizen through the private
 * token and to the staff who may see the order; the type served is the one its bytes were
 * checked to be ({@link Photos}).
 */
@Service
public class PortalPhotos {

	private final PrivateLinks links;

	private final WorkOrders orders;

	private final JdbcClient jdbc;

	PortalPhotos(PrivateLinks links, WorkOrders orders, JdbcClient jdbc) {
		this.links = links;
		this.orders = orders;
		this.jdbc = jdbc;
	}

	/** The photo of the order behind the private token; 404 without one. */
	@Transactional(readOnly = true)
	public Photo forCitizen(String token) {
		return photo(this.links.orderOf(token)).orElseThrow(() -> Problem.notFound("portal.no-photo"));
	}

	/**
	 * The photo of an order the actor may see; 404 for another's order or without one.
	 */
	@Transactional(readOnly = true)
	public Photo forStaff(WorkOrderId id, Actor actor) {
		this.orders.find(id, actor);
		return photo(id.value()).orElseThrow(() -> Problem.notFound("portal.no-photo"));
	}

	/** What the staff may know of an order's portal submission. */
	@Transactional(readOnly = true)
	public Submitted submitted(WorkOrderId id, Actor actor) {
		this.orders.find(id, actor);
		return this.jdbc.sql("select photo is not null from portal_submission where order_id = ?")
			.param(id.value())
			.query(Boolean.class)
			.optional()
			.map((photo) -> new Submitted(true, photo))
			.orElse(new Submitted(false, false));
	}

	private Optional<Photo> photo(long orderId) {
		return this.jdbc.sql("select photo_type, photo from portal_submission where order_id = ? and photo is not null")
			.param(orderId)
			.query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** A stored photo: its checked media type and its bytes. */
	public record Photo(String type, byte[] bytes) {

	}

	/** Whether the order came through the portal, and with a photo. */
	public record Submitted(boolean viaPortal, boolean hasPhoto) {

	}

}
