package io.hotline.workorder;

import java.util.List;

/** One page of a search. */
public record OrderPage(List<OrderSummary> content, int page, int size, long totalElements, int totalPages) {

}
