package dev.lakeroute.camel.databricks.response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.request.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PageReaderTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PageReader reader = new PageReader();

    private OperationRequest request(String op) {
        return new RequestBuilder(mapper).build(OperationCatalogue.shipped().require(op), new DatabricksConfiguration(), null, null);
    }

    @Test
    void nextPageTokenIsSentAsPageToken() throws Exception {
        Page page = reader.read(request("clusters/list"),
                mapper.readTree("{\"clusters\":[{\"cluster_id\":\"a\"}],\"next_page_token\":\"t2\"}"));
        assertThat(page.items()).hasSize(1);
        assertThat(page.next().fieldText("page_token")).isEqualTo("t2");
        assertThat(reader.read(page.next(), mapper.readTree("{\"clusters\":[{}],\"next_page_token\":\"\"}")).isLast()).isTrue();
    }

    @Test
    void reposUseNextPageTokenAsTheirRequestField() throws Exception {
        Page page = reader.read(request("repos/list"), mapper.readTree("{\"repos\":[{}],\"next_page_token\":\"n\"}"));
        assertThat(page.next().fieldText("next_page_token")).isEqualTo("n");
    }

    @Test
    void hasMoreAdvancesTheOffset() throws Exception {
        Page page = reader.read(request("jobs/list"), mapper.readTree("{\"jobs\":[{},{}],\"has_more\":true}"));
        assertThat(page.next().fieldText("offset")).isEqualTo("2");
        Page second = reader.read(page.next(), mapper.readTree("{\"jobs\":[{}],\"has_more\":false}"));
        assertThat(second.isLast()).isTrue();
    }

    @Test
    void scimPagesByStartIndexUntilTotalResults() throws Exception {
        Page page = reader.read(request("preview/scim/v2/Users/list"),
                mapper.readTree("{\"totalResults\":3,\"startIndex\":1,\"itemsPerPage\":2,\"Resources\":[{},{}],"
                                + "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"]}"));
        assertThat(page.items()).hasSize(2);
        assertThat(page.next().fieldText("startIndex")).isEqualTo("3");
        Page last = reader.read(page.next(), mapper.readTree("{\"totalResults\":3,\"startIndex\":3,\"Resources\":[{}]}"));
        assertThat(last.isLast()).isTrue();
    }
}
