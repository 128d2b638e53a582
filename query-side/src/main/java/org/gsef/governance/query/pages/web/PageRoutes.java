package org.gsef.governance.query.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages people look at: one page application, its views addressed by path so that each can be bookmarked. */
@Controller
class PageRoutes {

    @GetMapping({"/", "/admissions", "/committee", "/roadmap", "/objectives"})
    String page() {
        return "forward:/index.html";
    }
}
