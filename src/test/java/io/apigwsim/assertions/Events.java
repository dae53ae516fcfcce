package io.apigwsim.assertions;

/** REST API proxy events (payload format 1.0) in the shape AWS documents them. */
final class Events {

    /** GET /pets/42?limit=10&tag=a&tag=b on resource /pets/{id}, without a body. */
    static final String GET_PET = """
            {
              "resource": "/pets/{id}",
              "path": "/pets/42",
              "httpMethod": "GET",
              "headers": {"Accept": "application/json", "X-Trace": "b"},
              "multiValueHeaders": {"Accept": ["application/json"], "X-Trace": ["a", "b"]},
              "queryStringParameters": {"limit": "10", "tag": "b"},
              "multiValueQueryStringParameters": {"limit": ["10"], "tag": ["a", "b"]},
              "pathParameters": {"id": "42"},
              "stageVariables": {"table": "pets-test"},
              "requestContext": {
                "resourcePath": "/pets/{id}",
                "httpMethod": "GET",
                "stage": "test",
                "requestTimeEpoch": 1764028800000,
                "identity": {"sourceIp": "203.0.113.7", "user": null}
              },
              "body": null,
              "isBase64Encoded": false
            }
            """;

    /** POST /pets on resource /pets with a JSON body and no query string, stage variables or path variables. */
    static final String POST_PET = """
            {
              "resource": "/pets",
              "path": "/pets",
              "httpMethod": "POST",
              "headers": {"content-type": "application/json"},
              "multiValueHeaders": {"content-type": ["application/json"]},
              "queryStringParameters": null,
              "multiValueQueryStringParameters": null,
              "pathParameters": null,
              "stageVariables": null,
              "requestContext": {"resourcePath": "/pets", "httpMethod": "POST", "stage": "test"},
              "body": "{\\"name\\":\\"Rex\\",\\"age\\":3}",
              "isBase64Encoded": false
            }
            """;

    /** POST /photos with a binary body API Gateway delivered base64-encoded. */
    static final String POST_PHOTO = """
            {
              "resource": "/photos",
              "path": "/photos",
              "httpMethod": "POST",
              "headers": {"Content-Type": "image/png"},
              "body": "iVBORw==",
              "isBase64Encoded": true
            }
            """;

    private Events() {}

    /** An HTTP API payload 2.0 event: GET /files/my%20doc?tag=a&tag=b on route ANY /files/{proxy+}, with cookies. */
    static final String HTTP_GET_FILE = """
            {
              "version": "2.0",
              "routeKey": "ANY /files/{proxy+}",
              "rawPath": "/files/my doc",
              "rawQueryString": "tag=a&tag=b",
              "cookies": ["session=abc", "theme=dark"],
              "headers": {"content-length": "0", "x-tenant": "red,blue"},
              "queryStringParameters": {"tag": "a,b"},
              "pathParameters": {"proxy": "my doc"},
              "requestContext": {"http": {"method": "GET", "path": "/files/my doc"}, "routeKey": "ANY /files/{proxy+}"},
              "isBase64Encoded": false
            }
            """;

    /** An HTTP API payload 2.0 event without cookies, query string or path variables. */
    static final String HTTP_GET_ROOT = """
            {
              "version": "2.0",
              "routeKey": "$default",
              "rawPath": "/",
              "rawQueryString": "",
              "headers": {"content-length": "0"},
              "requestContext": {"http": {"method": "GET", "path": "/"}, "routeKey": "$default"},
              "isBase64Encoded": false
            }
            """;
}
