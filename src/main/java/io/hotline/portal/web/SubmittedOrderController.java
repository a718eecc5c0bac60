package io.hotline.portal.web;

import io.hotline.org.Actor;
import io.hotline.portal.PortalPhotos;
import io.hotline.workorder.WorkOrderId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the staff see of an order's portal submission, on the order's own visibility
 * rules: an order the user may not see is 404 here too.
 */
@RestController
@RequestMapping("/api/orders/{id}")
class SubmittedOrderController {

	private final PortalPhotos photos;

	SubmittedOrderController(PortalPhotos photos) {
		this.photos = photos;
	}

	/** Whether the order came through the portal, and with a photo. */
	@GetMapping("/portal")
	PortalPhotos.Submitted submitted(@PathVariable long id, Actor actor) {
		return this.photos.submitted(new WorkOrderId(id), actor);
	}

	/** The citizen's photo; 404 without one. */
	@GetMapping("/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id, Actor actor) {
		return PhotoAnswers.of(this.photos.forStaff(new WorkOrderId(id), actor));
	}

}
