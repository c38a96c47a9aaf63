package dev.hardground.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesEveryCharacterThatCanOpenMarkupOrLeaveAnAttribute() {
        assertThat(HtmlText.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    }

    @Test
    void leavesOrdinaryTextAloneAndTurnsNullIntoNothing() {
        assertThat(HtmlText.escape("Japan–South Korea, 46% — ok")).isEqualTo("Japan–South Korea, 46% — ok");
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @Test
    void cssClassesCannotCarryMarkup() {
        assertThat(HtmlText.cssClass("at-risk")).isEqualTo("at-risk");
        assertThat(HtmlText.cssClass("x\" onclick=\"y")).matches("[a-z0-9-]+");
    }
}
