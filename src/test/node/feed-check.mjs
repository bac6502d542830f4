// Reads a podcast feed with podcast-partytime, the parser Podcast Index runs, and prints what it
// found as JSON, for ShowRenderTest. Usage: node feed-check.mjs FEED.xml
import { readFileSync } from "node:fs";
import { parseFeed } from "podcast-partytime";

const feed = parseFeed(readFileSync(process.argv[2], "utf8"), { allowMissingGuid: false });
if (!feed) {
  console.error("podcast-partytime could not read the feed");
  process.exit(1);
}
console.log(JSON.stringify({
  title: feed.title,
  description: feed.description,
  language: feed.language,
  explicit: feed.explicit,
  itunesImage: feed.itunesImage ?? null,
  itunesCategory: feed.itunesCategory ?? [],
  guid: feed.guid ?? null,
  items: feed.items.map((item) => ({
    title: item.title,
    guid: item.guid,
    enclosure: item.enclosure,
    duration: item.duration,
    chapters: item.podcastChapters ?? null,
    transcripts: item.podcastTranscripts ?? [],
    people: (item.podcastPeople ?? []).map((person) => person.name),
  })),
}, null, 2));
