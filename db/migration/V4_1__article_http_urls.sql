-- An article's URL is rendered as a link: only http(s) URLs are kept (a corpus sidecar could
-- carry "javascript:..." before every entry point validated it).
update article set url = null where url is not null and url !~* '^https?://[^[:space:]]+$';
