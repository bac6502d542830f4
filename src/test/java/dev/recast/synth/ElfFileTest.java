package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfFileTest {

    @Test
    void refusesAFileThatIsNotAnElfLibrary(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("notes.so"), "not a library at all, only some words");
        IOException e = assertThrows(IOException.class, () -> ElfFile.read(text));
        assertTrue(e.getMessage().contains("not a 64-bit little-endian x86-64 ELF file"), e.getMessage());
    }

    @Test
    void refusesATruncatedLibrary(@TempDir Path folder) throws IOException {
        byte[] header = new byte[24];
        header[0] = 0x7f;
        header[1] = 'E';
        header[2] = 'L';
        header[3] = 'F';
        header[4] = 2;
        header[5] = 1;
        header[18] = 62;
        Path cut = Files.write(folder.resolve("cut.so"), header);
        IOException e = assertThrows(IOException.class, () -> ElfFile.read(cut));
        assertTrue(e.getMessage().contains("truncated or malformed"), e.getMessage());
    }

    @Test
    void readsFlitesExportedTablesAndThePointersTheLoaderWouldWrite() throws IOException {
        ElfFile elf = ElfFile.read(FliteLibrary.require());
        long database = elf.symbol("cmu_us_kal16_db").orElseThrow();
        long sts = elf.symbol("cmu_us_kal16_sts").orElseThrow();
        // The database's name (a relative relocation) and its short-term signals (an absolute one).
        assertEquals("cmu_us_kal16", elf.string(elf.pointer(database)));
        assertEquals(sts, elf.pointer(database + 24));
        assertEquals(elf.symbol("cmu_us_kal16_lpc").orElseThrow(), elf.pointer(sts + 16));
        assertTrue(elf.symbol("no_such_symbol").isEmpty());
    }
}
