package io.hotline.province.hub;

/**
 * A city's catalog arrived at the province, new or changed (published in the transaction
 * that stored it).
 */
public record CityCatalogArrived(String city) {

}
