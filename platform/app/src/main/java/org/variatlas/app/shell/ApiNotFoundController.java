package org.variatlas.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/...} address no endpoint serves answers as an API does, with a JSON 404, rather
 * than with the atlas' HTML page (Spring picks the most specific mapping, so this catches only what
 * no other endpoint claims).
 */
@RestController
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiNotFoundController {

  /** The body, shaped like Spring Boot's own error responses. */
  record ApiError(int status, String error, String message, String path) {}

  @RequestMapping("/api/**")
  ResponseEntity<ApiError> notFound(HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ApiError(
                404,
                "Not Found",
                "no endpoint for " + request.getMethod() + " " + request.getRequestURI(),
                request.getRequestURI()));
  }
}
