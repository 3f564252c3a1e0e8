package org.lanyard.screening;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	/** Checked before anything else, security included: an oversized body is refused unread. */
	@Bean
	FilterRegistrationBean<ScreeningBodyLimit> screeningBodyLimit() {
		FilterRegistrationBean<ScreeningBodyLimit> registration = new FilterRegistrationBean<>(new ScreeningBodyLimit());
		registration.addUrlPatterns("/api/v1/schools/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
