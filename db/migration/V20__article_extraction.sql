-- What the extractor made of each article, kept so that merging a new article into events other
-- articles also report reads those articles' extraction instead of running the extractor on them
-- again (at a million events an upload naming a popular state re-extracted about a hundred other
-- articles). A row is used only while the article is unchanged (its optimistic-lock version), by
-- the same extractor version over the same gazetteer (a fingerprint of its actors and aliases);
-- otherwise the article is extracted again and its row replaced. Losing rows loses nothing but time.
create table article_extraction (
    article_id        bigint primary key references article (id) on delete cascade,
    article_version   bigint not null,
    extractor_version int    not null,
    gazetteer         text   not null,
    events            text   not null
);
