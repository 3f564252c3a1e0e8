package org.lanyard.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

}
