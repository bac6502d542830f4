// Prints the pictures music-metadata finds in an audio file, as JSON: format, type, description, length.
import { parseFile } from 'music-metadata';

const metadata = await parseFile(process.argv[2]);
console.log(JSON.stringify((metadata.common.picture ?? []).map(picture => ({
  format: picture.format, type: picture.type, description: picture.description ?? '', length: picture.data.length,
}))));
