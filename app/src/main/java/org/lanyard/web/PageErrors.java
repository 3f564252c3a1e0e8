package org.lanyard.web;

import org.lanyard.shared.InvalidInputException;
import org.lanyard.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Errors on the web pages: a page in plain English with a way back, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException e) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("detail", e.getMessage());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e) {
		ModelAndView page = new ModelAndView("error/invalid");
		page.addObject("detail", e.getMessage());
		page.addObject("problems", e.problems());
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

}
