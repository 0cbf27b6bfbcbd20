<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Record an absence</source>
        <translation>Catat ketidakhadiran</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personel</translation>
    </message>
    <message>
        <source>Leave (cuti)</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <source>Sick (sakit)</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Permission (izin)</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Training (diklat)</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Official travel (dinas luar)</source>
        <translation>Dinas luar</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari tanggal</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Sampai tanggal</translation>
    </message>
    <message>
        <source>e.g. letter number or doctor&apos;s note</source>
        <translation>mis. nomor surat atau surat keterangan dokter</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Rujukan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Karupam</source>
        <translation>Karupam</translation>
    </message>
    <message>
        <source>Pimpinan</source>
        <translation>Pimpinan</translation>
    </message>
    <message>
        <source>Pembaca</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <source>Accounts, settings, backups and restore</source>
        <translation>Akun, pengaturan, cadangan dan pemulihan</translation>
    </message>
    <message>
        <source>The clerk: data entry, printing, issuing letters</source>
        <translation>Petugas administrasi: pengisian data, pencetakan, penerbitan surat</translation>
    </message>
    <message>
        <source>Heads of regu: sign handovers</source>
        <translation>Kepala regu: menandatangani serah terima jaga</translation>
    </message>
    <message>
        <source>Ka KPR and Karutan: acknowledge handovers, approve</source>
        <translation>Ka KPR dan Karutan: mengetahui serah terima jaga, menyetujui</translation>
    </message>
    <message>
        <source>Reads only</source>
        <translation>Hanya membaca</translation>
    </message>
    <message>
        <source>Staff registry</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <source>Add and change people in the staff registry, set them active or inactive.</source>
        <translation>Menambah dan mengubah data personel dalam daftar pegawai, mengaktifkan atau menonaktifkannya.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal Jaga</translation>
    </message>
    <message>
        <source>Duties, absences, replacements and swaps, planning a month.</source>
        <translation>Dinas, ketidakhadiran, pengganti dan tukar jaga, penyusunan jadwal sebulan.</translation>
    </message>
    <message>
        <source>Roster setup</source>
        <translation>Pengaturan jadwal jaga</translation>
    </message>
    <message>
        <source>Regu and members, rotations, posts, shift codes, rules, piket, the calendar.</source>
        <translation>Regu dan anggota, pola rotasi, pos jaga, kode dinas, aturan, piket, kalender.</translation>
    </message>
    <message>
        <source>Handover forms</source>
        <translation>Formulir serah terima</translation>
    </message>
    <message>
        <source>Fill in and save shift handovers, write addenda.</source>
        <translation>Mengisi dan menyimpan serah terima jaga, membuat addendum.</translation>
    </message>
    <message>
        <source>Handover setup</source>
        <translation>Pengaturan serah terima</translation>
    </message>
    <message>
        <source>Blocks, inmate categories, equipment and standing instructions.</source>
        <translation>Blok, kategori penghuni, inventaris dan petunjuk pimpinan.</translation>
    </message>
    <message>
        <source>Sign handovers</source>
        <translation>Menandatangani serah terima</translation>
    </message>
    <message>
        <source>Hand over and receive a shift, in one&apos;s own name.</source>
        <translation>Menyerahkan dan menerima jaga atas nama sendiri.</translation>
    </message>
    <message>
        <source>Acknowledge handovers</source>
        <translation>Mengetahui serah terima</translation>
    </message>
    <message>
        <source>Acknowledge a handover as the Ka KPR or the duty officer.</source>
        <translation>Mengetahui serah terima sebagai Ka KPR atau Perwira Piket.</translation>
    </message>
    <message>
        <source>Inmates</source>
        <translation>Penghuni</translation>
    </message>
    <message>
        <source>Add and correct the short inmate records, merge one entered twice.</source>
        <translation>Menambah dan membetulkan data singkat penghuni, menggabungkan data yang tercatat dua kali.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Gangguan kamtib</translation>
    </message>
    <message>
        <source>File security incidents, move them on, write supplements to approved reports.</source>
        <translation>Mencatat gangguan kamtib, memajukan statusnya, menulis suplemen pada laporan yang disetujui.</translation>
    </message>
    <message>
        <source>Approve incident reports</source>
        <translation>Menyetujui laporan kejadian</translation>
    </message>
    <message>
        <source>Approve an incident report in one&apos;s own name, which locks it.</source>
        <translation>Menyetujui laporan kejadian atas nama sendiri, sehingga laporan terkunci.</translation>
    </message>
    <message>
        <source>Incident setup</source>
        <translation>Pengaturan kamtib</translation>
    </message>
    <message>
        <source>Kinds of incident and the numbering of incident reports.</source>
        <translation>Jenis gangguan dan penomoran laporan kejadian.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Partners, agreements and their obligations, renewals, meetings and visits.</source>
        <translation>Mitra, perjanjian beserta kewajibannya, perpanjangan, rapat dan kunjungan.</translation>
    </message>
    <message>
        <source>Agreement setup</source>
        <translation>Pengaturan kerja sama</translation>
    </message>
    <message>
        <source>How many days ahead an agreement&apos;s end is warned of.</source>
        <translation>Berapa hari sebelum berakhirnya perjanjian diberi peringatan.</translation>
    </message>
    <message>
        <source>Paper signatures</source>
        <translation>Tanda tangan di atas kertas</translation>
    </message>
    <message>
        <source>Record what was signed on paper by someone else, with its scan.</source>
        <translation>Mencatat tanda tangan orang lain yang diberikan di atas kertas, beserta pindaiannya.</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>Menerbitkan surat</translation>
    </message>
    <message>
        <source>Give letters and reports their register number and issue them.</source>
        <translation>Memberi surat dan laporan nomor register, lalu menerbitkannya.</translation>
    </message>
    <message>
        <source>Cancel letters</source>
        <translation>Membatalkan surat</translation>
    </message>
    <message>
        <source>Cancel an issued letter, giving the reason.</source>
        <translation>Membatalkan surat yang sudah terbit dengan menyebutkan alasannya.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Institution profile, letterhead and letter numbering.</source>
        <translation>Profil satuan kerja, kop surat dan penomoran surat.</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Akun dan peran</translation>
    </message>
    <message>
        <source>Make and change accounts, reset passwords, change this matrix.</source>
        <translation>Membuat dan mengubah akun, mengatur ulang kata sandi, mengubah tabel hak akses ini.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Read who changed what, and when.</source>
        <translation>Melihat siapa mengubah apa, dan kapan.</translation>
    </message>
    <message>
        <source>Make backups</source>
        <translation>Membuat cadangan</translation>
    </message>
    <message>
        <source>Back up the database now.</source>
        <translation>Membuat cadangan basis data sewaktu-waktu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Put a backup in place of the current database.</source>
        <translation>Mengganti basis data yang sekarang dengan suatu cadangan.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>the institution profile</source>
        <translation>profil satuan kerja</translation>
    </message>
    <message>
        <source>the staff</source>
        <translation>pegawai</translation>
    </message>
    <message>
        <source>the regu, shifts, posts and holidays</source>
        <translation>regu, dinas, pos dan hari libur</translation>
    </message>
    <message>
        <source>planning the month</source>
        <translation>penyusunan jadwal bulan</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Every person who uses Rutan Desk signs in with their own account. The Administrator adds the accounts of the clerks (Operator), the Karupam and the heads; you can do it now or later under Settings → Accounts and roles.</source>
        <translation>Setiap orang yang memakai Rutan Desk masuk dengan akunnya sendiri. Administrator menambahkan akun petugas administrasi (Operator), para Karupam dan pimpinan; dapat dilakukan sekarang atau nanti di Pengaturan → Akun dan peran.</translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation>&amp;Akun dan peran…</translation>
    </message>
    <message>
        <source>&amp;Give my role these rights</source>
        <translation>&amp;Beri peran saya hak ini</translation>
    </message>
    <message>
        <source>For an office where one clerk sets everything up: the rights are added to your role (every account of that role gets them; recorded in the audit trail).</source>
        <translation>Untuk kantor yang semua pengaturannya dikerjakan satu petugas: hak ini ditambahkan ke peran Anda (semua akun dengan peran itu mendapatkannya; tercatat di jejak audit).</translation>
    </message>
    <message>
        <source>You are signed in as {name}. The database has {count} account(s).</source>
        <translation>Anda masuk sebagai {name}. Basis data memiliki {count} akun.</translation>
    </message>
    <message>
        <source>Your role may not set up: {parts}. Give your role these rights in the accounts dialog (roles), or sign in as an Operator for those steps.</source>
        <translation>Peran Anda tidak boleh mengatur: {parts}. Beri peran Anda hak ini di jendela akun (peran), atau masuk sebagai Operator untuk langkah-langkah itu.</translation>
    </message>
    <message>
        <source>Your account may do every step of this assistant.</source>
        <translation>Akun Anda boleh mengerjakan semua langkah asisten ini.</translation>
    </message>
    <message>
        <source>Give my role these rights</source>
        <translation>Beri peran saya hak ini</translation>
    </message>
    <message>
        <source>Every account with your role will also be able to set up the staff, the roster and the profile. Go on?</source>
        <translation>Semua akun dengan peran Anda juga akan dapat mengatur pegawai, jadwal jaga dan profil. Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wajib mengubah kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>This account, or the person linked to it, no longer exists (changed on another computer).</source>
        <translation>Akun ini, atau personel yang terkait dengannya, sudah tidak ada (diubah di komputer lain).</translation>
    </message>
    <message>
        <source>This account no longer exists (changed on another computer).</source>
        <translation>Akun ini sudah tidak ada (diubah di komputer lain).</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Akun dan peran</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Per&amp;missions</source>
        <translation>&amp;Hak akses</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Accounts and roles are managed by the Administrator: this needs the role {roles}. Ask the Administrator of this office.</source>
        <translation>Akun dan peran dikelola oleh Administrator: untuk ini diperlukan peran {roles}. Hubungi Administrator kantor ini.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Linked person</source>
        <translation>Personel terkait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Accounts tha&amp;t may sign in on this database</source>
        <translation>Akun yang boleh masuk ke basis data &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atu&amp;r ulang kata sandi…</translation>
    </message>
    <message>
        <source>A new or reset password is temporary: its owner must change it at the next sign-in. Three wrong passwords in a row lock an account for 15 minutes; a reset ends the lock at once.</source>
        <translation>Kata sandi baru atau yang diatur ulang bersifat sementara: pemiliknya wajib menggantinya saat masuk berikutnya. Tiga kali salah kata sandi berturut-turut mengunci akun selama 15 menit; pengaturan ulang kata sandi langsung membuka kunci itu.</translation>
    </message>
    <message>
        <source>&amp;What each role may do. Tick or untick with the Space key or the mouse; the services check these permissions on every PC at the next action.</source>
        <translation>&amp;Yang boleh dilakukan setiap peran. Centang atau hapus centang dengan tombol Spasi atau tetikus; aplikasi memeriksa hak akses ini di setiap PC pada tindakan berikutnya.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Hak akses</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>The Administrator always keeps this: otherwise nobody could.</source>
        <translation>Administrator selalu memegang hak akses ini: jika tidak, tidak ada yang dapat memegangnya.</translation>
    </message>
    <message>
        <source>Sa&amp;ve permissions</source>
        <translation>Si&amp;mpan hak akses</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>The Administrator always keeps the management of accounts, so that someone can give back what was taken away.</source>
        <translation>Administrator selalu memegang pengelolaan akun, agar selalu ada yang dapat mengembalikan hak akses yang dicabut.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Kunci layar setelah</translation>
    </message>
    <message>
        <source>After this time without a key press or mouse movement the screen locks: only the same person&apos;s password, or switching user, opens it again. 0 means never. The setting is kept on this computer and applies from the next sign-in.</source>
        <translation>Setelah selama waktu ini tidak ada tombol ditekan atau tetikus digerakkan, layar terkunci: layar hanya dapat dibuka lagi dengan kata sandi orang yang sama, atau dengan ganti pengguna. 0 berarti tidak pernah. Pengaturan ini disimpan di komputer ini dan berlaku mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Hak akses</translation>
    </message>
    <message>
        <source>Saved: applies from the next sign-in.</source>
        <translation>Tersimpan: berlaku mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Saved: the screen will not lock by itself (from the next sign-in).</source>
        <translation>Tersimpan: layar tidak akan terkunci dengan sendirinya (mulai saat masuk berikutnya).</translation>
    </message>
    <message>
        <source>The permissions were changed but not saved. Close without saving?</source>
        <translation>Hak akses sudah diubah tetapi belum disimpan. Tutup tanpa menyimpan?</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>e.g. budi.s</source>
        <translation>mis. budi.s</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message>
    <message>
        <source>Linked &amp;person</source>
        <translation>Personel &amp;terkait</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>&amp;Kata sandi sementara</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Give the temporary password to its owner in person. At the first sign-in they must choose their own password; until then the account can do nothing else. Signatures and approvals of an account linked to a person carry that person&apos;s name, rank and NIP.</source>
        <translation>Serahkan kata sandi sementara langsung kepada pemiliknya. Saat pertama kali masuk, pemilik wajib memilih kata sandinya sendiri; sebelum itu akun tidak dapat dipakai untuk hal lain. Tanda tangan dan persetujuan dari akun yang terkait dengan personel memuat nama, pangkat/golongan dan NIP personel tersebut.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>The handover is locked. An addendum is numbered, keeps your name and the time, and cannot be changed afterwards.</source>
        <translation>Serah terima ini sudah terkunci. Addendum diberi nomor, mencatat nama Anda dan waktunya, dan tidak dapat diubah sesudahnya.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Addition or correction</source>
        <translation>&amp;Tambahan atau koreksi</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Tambahkan addendum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Our unit</source>
        <translation>Satuan kerja kami</translation>
    </message>
    <message>
        <source>&amp;1 Agreement</source>
        <translation>&amp;1 Perjanjian</translation>
    </message>
    <message>
        <source>&amp;2 Parties and scope</source>
        <translation>&amp;2 Para pihak dan ruang lingkup</translation>
    </message>
    <message>
        <source>&amp;3 Obligations</source>
        <translation>&amp;3 Kewajiban</translation>
    </message>
    <message>
        <source>&amp;4 Scans and history</source>
        <translation>&amp;4 Pindaian dan riwayat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save as it is; a draft may be incomplete (Ctrl+S)</source>
        <translation>Simpan apa adanya; konsep boleh belum lengkap (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>Sa&amp;hkan</translation>
    </message>
    <message>
        <source>The agreement is signed: check it whole</source>
        <translation>Perjanjian sudah ditandatangani: periksa seluruhnya</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Per&amp;panjang…</translation>
    </message>
    <message>
        <source>A&amp;ddendum…</source>
        <translation>A&amp;dendum…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ceta&amp;k…</translation>
    </message>
    <message>
        <source>The summary of this agreement</source>
        <translation>Ringkasan perjanjian ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>As on the document: Perjanjian Kerja Sama tentang …</source>
        <translation>Sesuai dokumen: Perjanjian Kerja Sama tentang …</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>J&amp;udul</translation>
    </message>
    <message>
        <source>Under / a&amp;mends</source>
        <translation>I&amp;nduk / yang diubah</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>&amp;Tempat tanda tangan</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>sudah</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Tan&amp;ggal tanda tangan</translation>
    </message>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Berlaku &amp;mulai</translation>
    </message>
    <message>
        <source>until &amp;revoked (no end date)</source>
        <translation>sampai dica&amp;but (tanpa tanggal akhir)</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Berlaku &amp;sampai</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Its document number</source>
        <translation>Nomor dokumennya</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP/NRP</source>
        <translation>NIP/NRP</translation>
    </message>
    <message>
        <source>Add a &amp;party</source>
        <translation>Tambah p&amp;ihak</translation>
    </message>
    <message>
        <source>Scope (ruang lingkup)</source>
        <translation>Ruang lingkup</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Add a &amp;field</source>
        <translation>Tambah bi&amp;dang</translation>
    </message>
    <message>
        <source>Add an o&amp;bligation…</source>
        <translation>Tambah ke&amp;wajiban…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save the agreement first.</source>
        <translation>Simpan perjanjian terlebih dahulu.</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Kewajiban</translation>
    </message>
    <message>
        <source>Add a &amp;scan…</source>
        <translation>Tambah pin&amp;daian…</translation>
    </message>
    <message>
        <source>The signed agreement: PDF, PNG or JPG</source>
        <translation>Perjanjian yang sudah ditandatangani: PDF, PNG atau JPG</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Signed scans</source>
        <translation>Pindaian yang ditandatangani</translation>
    </message>
    <message>
        <source>History of the agreement</source>
        <translation>Riwayat perjanjian</translation>
    </message>
    <message>
        <source>Meetings and visits about it</source>
        <translation>Rapat dan kunjungan terkait</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Induk</translation>
    </message>
    <message>
        <source>Agreement {number} of the chain</source>
        <translation>Perjanjian ke-{number} dalam rangkaian</translation>
    </message>
    <message>
        <source>Addendum {number}</source>
        <translation>Adendum {number}</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Dilaksanakan dengan</translation>
    </message>
    <message>
        <source>{count} follow-ups open</source>
        <translation>{count} tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>No renewal, parent agreement or addendum yet.</source>
        <translation>Belum ada perpanjangan, perjanjian induk atau adendum.</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>sampai dicabut</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Perjanjian baru</translation>
    </message>
    <message>
        <source>Draft: not yet saved.</source>
        <translation>Konsep: belum disimpan.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>sisa {days} hari</translation>
    </message>
    <message>
        <source>Revoked from {day}: {reason}</source>
        <translation>Dicabut mulai {day}: {reason}</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>Simpan perjanjian</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Begin the renewal of this agreement? A new draft is made with its parties, scope and open obligations, for you to check, date and number.</source>
        <translation>Mulai perpanjangan perjanjian ini? Konsep baru dibuat dengan para pihak, ruang lingkup dan kewajiban yang belum selesai, untuk Anda periksa, beri tanggal dan nomor.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Add a scan</source>
        <translation>Tambah pindaian</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Hapus pindaian</translation>
    </message>
    <message>
        <source>Take this scan off the agreement? (Only for a wrong file.)</source>
        <translation>Lepaskan pindaian ini dari perjanjian? (Hanya untuk berkas yang salah.)</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>Ringkasan {title}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Save the changes to this agreement?</source>
        <translation>Simpan perubahan pada perjanjian ini?</translation>
    </message>
</context>
<context>
    <name>AgreementSettingsDialog</name>
    <message>
        <source>Agreement settings</source>
        <translation>Pengaturan kerja sama</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Warn before the end</source>
        <translation>&amp;Peringatan sebelum berakhir</translation>
    </message>
    <message>
        <source>An agreement whose last day falls within this many days is shown as ending soon, counted on the tab and said at start.</source>
        <translation>Perjanjian yang hari terakhirnya jatuh dalam jumlah hari ini ditampilkan sebagai segera berakhir, dihitung pada tab dan disampaikan saat aplikasi dibuka.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open obligations</source>
        <translation>Kewajiban terbuka</translation>
    </message>
    <message>
        <source>Title, partner or document number</source>
        <translation>Judul, mitra atau nomor dokumen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>Perjanjian bar&amp;u…</translation>
    </message>
    <message>
        <source>Enter a new agreement (Ctrl+N)</source>
        <translation>Catat perjanjian baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Buk&amp;a</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>Cetak &amp;daftar…</translation>
    </message>
    <message>
        <source>Daftar Perjanjian Kerja Sama, as of today</source>
        <translation>Daftar Perjanjian Kerja Sama, keadaan hari ini</translation>
    </message>
    <message>
        <source>Save the register as an Excel workbook</source>
        <translation>Simpan daftar sebagai berkas Excel</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pe&amp;ngaturan kerja sama…</translation>
    </message>
    <message>
        <source>How early an agreement&apos;s end is warned of</source>
        <translation>Seberapa awal berakhirnya perjanjian diperingatkan</translation>
    </message>
    <message>
        <source>Register to Exce&amp;l…</source>
        <translation>Daftar ke Exce&amp;l…</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Export obl&amp;igations…</source>
        <translation>Ekspor ke&amp;wajiban…</translation>
    </message>
    <message>
        <source>Save the obligations of the agreements listed for Excel: .xlsx or .csv</source>
        <translation>Simpan kewajiban dari perjanjian yang tercantum untuk Excel: .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Kewajiban</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Terakhir dilaksanakan</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Kewajiban</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Semua mitra</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>{count} perjanjian</translation>
    </message>
    <message>
        <source>No agreement entered yet. Enter each PKS, MoU or addendum of the Rutan with its partners and obligations: the tab then warns before one ends.</source>
        <translation>Belum ada perjanjian yang dicatat. Catat setiap PKS, MoU atau addendum Rutan beserta mitra dan kewajibannya: tab ini lalu mengingatkan sebelum perjanjian berakhir.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Perjanjian baru…</translation>
    </message>
    <message>
        <source>{count} agreement(s) end within {days} days</source>
        <translation>{count} perjanjian berakhir dalam {days} hari</translation>
    </message>
    <message>
        <source>{count} obligation(s) overdue</source>
        <translation>{count} kewajiban terlambat</translation>
    </message>
    <message>
        <source>{count} follow-up(s) of meetings overdue</source>
        <translation>{count} tindak lanjut rapat terlambat</translation>
    </message>
    <message>
        <source>Register of agreements</source>
        <translation>Daftar perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Register of agreements to Excel</source>
        <translation>Daftar perjanjian ke Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Berkas Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Rapat dan kunjungan</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
</context>
<context>
    <name>AlertForm</name>
    <message>
        <source>Alert period</source>
        <translation>Masa siaga</translation>
    </message>
    <message>
        <source>e.g. Siaga Nataru 2023/2024</source>
        <translation>mis. Siaga Nataru 2023/2024</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Circular &amp;number</source>
        <translation>N&amp;omor surat edaran</translation>
    </message>
    <message>
        <source>Circular &amp;title</source>
        <translation>&amp;Perihal surat edaran</translation>
    </message>
    <message>
        <source>&amp;Extra guards per shift</source>
        <translation>&amp;Tambahan petugas per dinas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal Jaga</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Ketidakhadiran</translation>
    </message>
    <message>
        <source>Roster setup</source>
        <translation>Pengaturan jadwal jaga</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Serah Terima</translation>
    </message>
    <message>
        <source>Handover setup</source>
        <translation>Pengaturan serah terima</translation>
    </message>
    <message>
        <source>Letter register</source>
        <translation>Register Surat</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>Profil Satuan Kerja</translation>
    </message>
    <message>
        <source>Accounts and permissions</source>
        <translation>Akun dan hak akses</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>event</source>
        <translation>peristiwa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>{name} (system)</source>
        <translation>{name} (sistem)</translation>
    </message>
    <message>
        <source>{name} (computer login)</source>
        <translation>{name} (login komputer)</translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;sampai</translation>
    </message>
    <message>
        <source>All &amp;dates</source>
        <translation>Semua &amp;tanggal</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>A&amp;kun</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua bagian</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Bagian</translation>
    </message>
    <message>
        <source>Name, number, value… (Ctrl+F)</source>
        <translation>Nama, nomor, nilai… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;Riwayat data…</translation>
    </message>
    <message>
        <source>Every change of the chosen entry&apos;s record</source>
        <translation>Semua perubahan pada data dari entri yang dipilih</translation>
    </message>
    <message>
        <source>Load &amp;older entries</source>
        <translation>Muat entri yang lebih &amp;lama</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>E&amp;xcel / CSV…</source>
        <translation>E&amp;xcel / CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first; older ones are not read yet</source>
        <translation>
            <numerusform>%n entri ditampilkan, terbaru lebih dulu; entri yang lebih lama belum dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n entri, terbaru lebih dulu</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Preparing the audit trail…</source>
        <translation>Menyiapkan jejak audit…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Rutan Desk backs up the database at the first start of each day, before every upgrade and when asked. Each copy is checked (integrity, rows, audit trail). Kept: the last {daily} days, {weekly} weeks and {monthly} months; copies made before an upgrade or a restore for {days} days.
Folder: {folder}</source>
        <translation>Rutan Desk mencadangkan basis data saat pertama kali dibuka setiap hari, sebelum setiap pembaruan versi, dan bila diminta. Setiap salinan diperiksa (keutuhan, jumlah baris, jejak audit). Yang disimpan: {daily} hari, {weekly} minggu dan {monthly} bulan terakhir; salinan yang dibuat sebelum pembaruan versi atau pemulihan disimpan selama {days} hari.
Folder: {folder}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Buat &amp;cadangan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Only an Administrator may restore a backup.</source>
        <translation>Hanya Administrator yang boleh memulihkan cadangan.</translation>
    </message>
    <message>
        <source>Second folder (e.g. a USB disk)</source>
        <translation>Folder kedua (mis. diska USB)</translation>
    </message>
    <message>
        <source>None: backups stay on this PC only</source>
        <translation>Tidak ada: cadangan hanya disimpan di PC ini</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>The daily backup and those made by hand are copied there too. When the disk is not plugged in, the backup is made on this PC and you are told.</source>
        <translation>Cadangan harian dan cadangan yang dibuat manual juga disalin ke sana. Bila diska tidak terpasang, cadangan dibuat di PC ini dan Anda diberi tahu.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan versi</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Made by a newer version of Rutan Desk ({revision})</source>
        <translation>Dibuat oleh versi Rutan Desk yang lebih baru ({revision})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: {what}</source>
        <translation>Gagal: {what}</translation>
    </message>
    <message>
        <source>the copy is damaged (integrity check)</source>
        <translation>salinan rusak (pemeriksaan keutuhan)</translation>
    </message>
    <message>
        <source>rows differ from the original ({tables})</source>
        <translation>jumlah baris berbeda dari aslinya ({tables})</translation>
    </message>
    <message>
        <source>no or another schema version</source>
        <translation>versi skema tidak ada atau berbeda</translation>
    </message>
    <message>
        <source>the audit trail cannot be read</source>
        <translation>jejak audit tidak dapat dibaca</translation>
    </message>
    <message>
        <source>changed after it was recorded</source>
        <translation>diubah setelah dicatat</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>no longer follows the entry before it</source>
        <translation>tidak lagi menyambung dengan entri sebelumnya</translation>
    </message>
    <message>
        <source>entries at the end removed or added</source>
        <translation>entri di bagian akhir dihapus atau ditambahkan</translation>
    </message>
    <message>
        <source>audit trail broken at entry {entry}: {reason}</source>
        <translation>jejak audit terputus pada entri {entry}: {reason}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Pilih salah satu.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personel</translation>
    </message>
    <message>
        <source>roster cells</source>
        <translation>isian jadwal</translation>
    </message>
    <message>
        <source>handovers</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entri audit</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Berkas: {name}</translation>
    </message>
    <message>
        <source>Made: {moment}</source>
        <translation>Dibuat: {moment}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Ukuran: {size}</translation>
    </message>
    <message>
        <source>Schema: {revision}</source>
        <translation>Skema: {revision}</translation>
    </message>
    <message>
        <source>Rows: {counts}</source>
        <translation>Jumlah baris: {counts}</translation>
    </message>
    <message>
        <source>Audit trail: {entries} entries, last {last}</source>
        <translation>Jejak audit: {entries} entri, terakhir {last}</translation>
    </message>
    <message>
        <source>Verification: {result}</source>
        <translation>Verifikasi: {result}</translation>
    </message>
    <message>
        <source>It cannot be restored by this version of Rutan Desk.</source>
        <translation>Cadangan ini tidak dapat dipulihkan oleh versi Rutan Desk ini.</translation>
    </message>
    <message>
        <source>It failed its verification: it cannot be restored.</source>
        <translation>Cadangan ini gagal verifikasi: tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Making and checking a backup…</source>
        <translation>Membuat dan memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Backup made and checked: {name}</source>
        <translation>Cadangan sudah dibuat dan diperiksa: {name}</translation>
    </message>
    <message>
        <source>Backup made, but its check failed: {what}</source>
        <translation>Cadangan sudah dibuat, tetapi pemeriksaannya gagal: {what}</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Folder kedua</translation>
    </message>
    <message>
        <source>The second folder {folder} is not there (is the disk plugged in?). The backup was made on this PC only.</source>
        <translation>Folder kedua {folder} tidak ditemukan (apakah diska sudah terpasang?). Cadangan hanya dibuat di PC ini.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the second folder {folder}: {detail}. It was made on this PC.</source>
        <translation>Cadangan tidak dapat disalin ke folder kedua {folder}: {detail}. Cadangan sudah dibuat di PC ini.</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>Cadangan tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Folder cadangan kedua</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The database was restored to the backup of {moment}.</source>
        <translation>Basis data telah dipulihkan ke keadaan cadangan {moment}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as {name}.</source>
        <translation>Basis data dalam keadaan sebelum pemulihan disimpan sebagai {name}.</translation>
    </message>
    <message>
        <source>The backup is of an older version: it is upgraded first.</source>
        <translation>Cadangan ini berasal dari versi lama: cadangan diperbarui lebih dahulu.</translation>
    </message>
    <message>
        <source>Rutan Desk now opens the restored database.</source>
        <translation>Rutan Desk sekarang membuka basis data yang telah dipulihkan.</translation>
    </message>
    <message>
        <source>The date typed is not the date of the backup.</source>
        <translation>Tanggal yang diketik bukan tanggal cadangan ini.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Rutan Desk; this version cannot restore it.</source>
        <translation>Cadangan ini dibuat oleh versi Rutan Desk yang lebih baru; versi ini tidak dapat memulihkannya.</translation>
    </message>
    <message>
        <source>The backup file was changed or damaged after it was checked; it is not restored. Choose another backup.</source>
        <translation>Berkas cadangan diubah atau rusak setelah diperiksa; cadangan tidak dipulihkan. Pilih cadangan lain.</translation>
    </message>
    <message>
        <source>This file is not a finished backup.</source>
        <translation>Berkas ini bukan cadangan yang lengkap.</translation>
    </message>
    <message>
        <source>This backup failed its verification; it is not restored.</source>
        <translation>Cadangan ini gagal verifikasi; cadangan tidak dipulihkan.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The restore did not succeed: {reason}
Close Rutan Desk and start it again.</source>
        <translation>Pemulihan tidak berhasil: {reason}
Tutup Rutan Desk, lalu buka lagi.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; Rutan Desk does not copy it from this PC. The server&apos;s administrator makes a backup every day with pg_dump, keeps the files on another disk than the server&apos;s (and a copy away from the office), and tells the Administrator here when it was done.

Make a backup (on the server; {file}: the year, month and day):</source>
        <translation>Basis data ini berada di server PostgreSQL; Rutan Desk tidak menyalinnya dari PC ini. Pengelola server membuat cadangan setiap hari dengan pg_dump, menyimpan berkasnya di disk yang bukan disk server (dan satu salinan di luar kantor), lalu memberi tahu Administrator di sini bila sudah dilakukan.

Buat cadangan (di server; {file}: tahun, bulan dan tanggal):</translation>
    </message>
    <message>
        <source>Restore a backup (on the server, after every Rutan Desk was closed; the current data are replaced):</source>
        <translation>Pulihkan cadangan (di server, setelah semua Rutan Desk ditutup; data yang ada sekarang akan diganti):</translation>
    </message>
    <message>
        <source>&amp;Record the server backup</source>
        <translation>&amp;Catat cadangan server</translation>
    </message>
    <message>
        <source>Backup made on</source>
        <translation>Cadangan dibuat pada</translation>
    </message>
    <message>
        <source>No server backup has been recorded yet.</source>
        <translation>Belum ada cadangan server yang dicatat.</translation>
    </message>
    <message>
        <source>Last server backup: {day} ({days} days ago), recorded by {who} on {moment}.</source>
        <translation>Cadangan server terakhir: {day} ({days} hari yang lalu), dicatat oleh {who} pada {moment}.</translation>
    </message>
    <message>
        <source>Server backup</source>
        <translation>Cadangan server</translation>
    </message>
    <message>
        <source>A backup cannot be made on a day to come.</source>
        <translation>Tanggal cadangan tidak boleh tanggal yang akan datang.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation>Ubah blok</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Tambah blok</translation>
    </message>
    <message>
        <source>e.g. Blok A, Kamar 3</source>
        <translation>mis. Blok A, Kamar 3</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Capacity (inmates)</source>
        <translation>&amp;Kapasitas (penghuni)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>This entry no longer exists (changed on another computer).</source>
        <translation>Entri ini sudah tidak ada (diubah di komputer lain).</translation>
    </message>
    <message>
        <source>Holidays and alert periods</source>
        <translation>Hari libur dan masa siaga</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Load national holidays</source>
        <translation>&amp;Ambil libur nasional</translation>
    </message>
    <message>
        <source>Add &amp;local holiday…</source>
        <translation>Tambah libur &amp;lokal…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Koreksi…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Alert periods (siaga)</source>
        <translation>Masa siaga</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Surat edaran</translation>
    </message>
    <message>
        <source>Extra guards</source>
        <translation>Tambahan petugas</translation>
    </message>
    <message>
        <source>&amp;Add alert period…</source>
        <translation>Tambah &amp;masa siaga…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>dipindah dari {day}</translation>
    </message>
    <message>
        <source>estimated date: check the government decree</source>
        <translation>tanggal perkiraan: periksa SKB pemerintah</translation>
    </message>
    <message>
        <source>{count} holidays added for {year}. Dates marked as estimated should be checked against the government&apos;s decree.</source>
        <translation>{count} hari libur ditambahkan untuk tahun {year}. Tanggal perkiraan perlu dicocokkan dengan SKB pemerintah.</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Hapus hari libur</translation>
    </message>
    <message>
        <source>Remove {name} ({day}) from the calendar?</source>
        <translation>Hapus {name} ({day}) dari kalender?</translation>
    </message>
    <message>
        <source>Delete alert period</source>
        <translation>Hapus masa siaga</translation>
    </message>
    <message>
        <source>Delete the alert period {name}?</source>
        <translation>Hapus masa siaga {name}?</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Ubah kategori</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <source>e.g. TL</source>
        <translation>mis. TL</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>e.g. Tahanan Laki-laki</source>
        <translation>mis. Tahanan Laki-laki</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>on leave (cuti)</source>
        <translation>sedang cuti</translation>
    </message>
    <message>
        <source>sick (sakit)</source>
        <translation>sedang sakit</translation>
    </message>
    <message>
        <source>on permission (izin)</source>
        <translation>sedang izin</translation>
    </message>
    <message>
        <source>in training (diklat)</source>
        <translation>sedang diklat</translation>
    </message>
    <message>
        <source>on official travel (dinas luar)</source>
        <translation>sedang dinas luar</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>sudah tidak aktif</translation>
    </message>
    <message>
        <source>{people} is on two shifts at once on {day} ({shift} and {other}).</source>
        <translation>{people} mendapat dua dinas sekaligus pada {day} ({shift} dan {other}).</translation>
    </message>
    <message>
        <source>{people} starts {shift} on {day} only {rest} hours after a night shift; {minimum} hours of rest are required.</source>
        <translation>{people} masuk dinas {shift} pada {day} hanya {rest} jam setelah dinas malam; istirahat minimal {minimum} jam.</translation>
    </message>
    <message>
        <source>{people} starts {shift} on {day} only {rest} hours after {other} on {other_day}; {minimum} hours of rest are required between two shifts.</source>
        <translation>{people} masuk dinas {shift} pada {day} hanya {rest} jam setelah dinas {other} pada {other_day}; istirahat minimal {minimum} jam di antara dua dinas.</translation>
    </message>
    <message>
        <source>{people} is on duty {hours} hours in a row from {first} on {first_day} (with {shift} on {day}); at most {maximum} hours are allowed.</source>
        <translation>{people} berdinas {hours} jam terus-menerus sejak dinas {first} pada {first_day} (dengan {shift} pada {day}); paling lama {maximum} jam.</translation>
    </message>
    <message>
        <source>{people} works {days} days in a row up to {day}; at most {maximum} allowed.</source>
        <translation>{people} bertugas {days} hari berturut-turut sampai {day}; paling banyak {maximum} hari.</translation>
    </message>
    <message>
        <source>Shift {shift} on {day} has {present} people; the alert period needs {needed}.</source>
        <translation>Dinas {shift} pada {day} diisi {present} orang; masa siaga memerlukan {needed}.</translation>
    </message>
    <message>
        <source>Post {post}, shift {shift} on {day}: {present} of {needed} guards.</source>
        <translation>Pos {post}, dinas {shift} pada {day}: {present} dari {needed} petugas.</translation>
    </message>
    <message>
        <source>Post {post}, shift {shift} on {day}: {present} of {needed} women officers.</source>
        <translation>Pos {post}, dinas {shift} tanggal {day}: {present} dari {needed} petugas perempuan.</translation>
    </message>
    <message>
        <source>{people} is placed at {post} (women only), shift {shift} on {day}.</source>
        <translation>{people} ditempatkan di {post} (khusus petugas perempuan), dinas {shift} tanggal {day}.</translation>
    </message>
    <message>
        <source>{people} is on duty ({shift}) on {day} but is {reason}.</source>
        <translation>{people} dijadwalkan dinas ({shift}) pada {day} padahal {reason}.</translation>
    </message>
    <message>
        <source>{people} (external) is on shift {shift} on {day} without a Karupam.</source>
        <translation>{people} (eksternal) bertugas pada dinas {shift} tanggal {day} tanpa Karupam.</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Harus diperbaiki</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>CoordinationDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>e.g. Ruang Sekretaris Daerah, Pemda Blora</source>
        <translation>mis. Ruang Sekretaris Daerah, Pemda Blora</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>e.g. Pembangunan gedung PTSP</source>
        <translation>mis. Pembangunan gedung PTSP</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Pe&amp;rihal</translation>
    </message>
    <message>
        <source>Tick every partner met (Space)</source>
        <translation>Centang setiap mitra yang ditemui (Spasi)</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>&amp;Mitra</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Per&amp;janjian</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Yang dibahas dan disepakati</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Yang hadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Add &amp;by name</source>
        <translation>Tambah menurut &amp;nama</translation>
    </message>
    <message>
        <source>Add from the s&amp;taff…</source>
        <translation>Tambah dari pe&amp;gawai…</translation>
    </message>
    <message>
        <source>An officer of the Rutan in the staff registry</source>
        <translation>Petugas Rutan dalam daftar pegawai</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai tanggal</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Tambah tin&amp;dakan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the form as it is (Ctrl+S)</source>
        <translation>Simpan isian apa adanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Hap&amp;us…</translation>
    </message>
    <message>
        <source>Delete an entry made by mistake</source>
        <translation>Hapus catatan yang salah dibuat</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this entry</source>
        <translation>Setiap perubahan catatan ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>New coordination entry</source>
        <translation>Catatan koordinasi baru</translation>
    </message>
    <message>
        <source>New entry: not yet saved.</source>
        <translation>Catatan baru: belum disimpan.</translation>
    </message>
    <message>
        <source>Coordination of {day} — {partners}</source>
        <translation>Koordinasi {day} — {partners}</translation>
    </message>
    <message>
        <source>Saved. Open follow-ups: {count}.</source>
        <translation>Tersimpan. Tindak lanjut terbuka: {count}.</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Tambah yang hadir</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>Save coordination entry</source>
        <translation>Simpan catatan koordinasi</translation>
    </message>
    <message>
        <source>Delete coordination entry</source>
        <translation>Hapus catatan koordinasi</translation>
    </message>
    <message>
        <source>Save the changes to this coordination entry?</source>
        <translation>Simpan perubahan pada catatan koordinasi ini?</translation>
    </message>
    <message>
        <source>Delete this coordination entry with its attendees and follow-ups?</source>
        <translation>Hapus catatan koordinasi ini beserta yang hadir dan tindak lanjutnya?</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Mitra</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>Catatan &amp;baru…</translation>
    </message>
    <message>
        <source>Record a new meeting or visit (Ctrl+N)</source>
        <translation>Catat rapat atau kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Hap&amp;us…</translation>
    </message>
    <message>
        <source>Delete an entry made by mistake (Delete)</source>
        <translation>Hapus catatan yang salah dibuat (Delete)</translation>
    </message>
    <message>
        <source>{count} entries; {open} follow-ups still open</source>
        <translation>{count} catatan; {open} tindak lanjut masih terbuka</translation>
    </message>
    <message>
        <source>No meeting or visit recorded yet. Record each meeting with a partner, what was agreed and its follow-ups: the open follow-ups are then counted here.</source>
        <translation>Belum ada rapat atau kunjungan yang dicatat. Catat setiap rapat dengan mitra, apa yang disepakati dan tindak lanjutnya: tindak lanjut yang masih terbuka lalu dihitung di sini.</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Catatan baru…</translation>
    </message>
    <message>
        <source>(all partners)</source>
        <translation>(semua mitra)</translation>
    </message>
    <message>
        <source>Delete coordination entry</source>
        <translation>Hapus catatan koordinasi</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Hasil hitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>First handover: type the opening count of every block and category (the opening balance).</source>
        <translation>Serah terima pertama: ketik jumlah awal setiap blok dan kategori (saldo awal).</translation>
    </message>
    <message>
        <source>Show &amp;every block and category</source>
        <translation>Tampilkan semua blok dan kategori</translation>
    </message>
    <message>
        <source>Also the blocks and categories that hold nobody on this shift</source>
        <translation>Juga blok dan kategori yang tidak berisi penghuni pada regu ini</translation>
    </message>
    <message>
        <source>Needed when a counted number differs: what happened and what was done.</source>
        <translation>Wajib bila hasil hitung berbeda: apa yang terjadi dan apa yang dilakukan.</translation>
    </message>
    <message>
        <source>E&amp;xplanation of the difference</source>
        <translation>Pen&amp;jelasan selisih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>In/out and reason</source>
        <translation>Masuk/keluar dan alasan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Reference / note</source>
        <translation>Rujukan / keterangan</translation>
    </message>
    <message>
        <source>&amp;Add movement</source>
        <translation>Ta&amp;mbah mutasi</translation>
    </message>
    <message>
        <source>Add a movement (Insert)</source>
        <translation>Tambah mutasi (Insert)</translation>
    </message>
    <message>
        <source>Remove movement</source>
        <translation>Hapus mutasi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Movements during the shift&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mutasi penghuni selama dinas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total: opening {opening}, in {came_in}, out {went_out}, closing {closing}, counted {counted}</source>
        <translation>Jumlah: awal {opening}, masuk {came_in}, keluar {went_out}, akhir {closing}, hasil hitung {counted}</translation>
    </message>
    <message>
        <source>{count} empty pairs not shown</source>
        <translation>{count} pasangan kosong tidak ditampilkan</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Hand over evidence</source>
        <translation>Serahkan barang bukti</translation>
    </message>
    <message>
        <source>e.g. Polres Blora (Bripka Agus)</source>
        <translation>mis. Polres Blora (Bripka Agus)</translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation>&amp;Dipegang oleh</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sejak</translation>
    </message>
    <message>
        <source>&amp;Kept at</source>
        <translation>&amp;Tempat penyimpanan</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Membuat cadangan hari ini…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made and checked: {name}</source>
        <translation>Cadangan hari ini sudah dibuat dan diperiksa: {name}</translation>
    </message>
    <message>
        <source>The copy to {folder} failed: {reason}</source>
        <translation>Penyalinan ke {folder} gagal: {reason}</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (USB disk?).</source>
        <translation>Folder cadangan kedua {folder} tidak ditemukan (diska USB?).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}

The data is safe in the database, but there is no copy of today yet. Try File → Back up now, and tell the Administrator if it fails again.</source>
        <translation>Cadangan hari ini tidak dapat dibuat: {reason}

Data tetap aman di basis data, tetapi belum ada salinan hari ini. Coba Berkas → Buat cadangan sekarang, dan beri tahu Administrator bila gagal lagi.</translation>
    </message>
</context>
<context>
    <name>DayViewDialog</name>
    <message>
        <source>Duty on {day}</source>
        <translation>Dinas pada {day}</translation>
    </message>
    <message>
        <source>Shift / post</source>
        <translation>Dinas / pos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>(no post: Karupam, piket)</source>
        <translation>(tanpa pos: Karupam, piket)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>&amp;Print piket sheet…</source>
        <translation>&amp;Cetak lembar piket…</translation>
    </message>
    <message>
        <source>The day&apos;s piket sheet, to print or save</source>
        <translation>Lembar piket hari ini, untuk dicetak atau disimpan</translation>
    </message>
    <message>
        <source>Piket sheet {day}</source>
        <translation>Lembar piket {day}</translation>
    </message>
    <message>
        <source>Preparing the piket sheet…</source>
        <translation>Menyiapkan lembar piket…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Preparing the demo data (three years)…</source>
        <extracomment>What the start needs that does not use Qt. It is imported before PySide6: once PySide6 is loaded it hooks every later import and reads each new module&apos;s source text (looking for &quot;PySide6&quot;), which for SQLAlchemy and the store is about a tenth of the start.</extracomment>
        <translation>Menyiapkan data demo (tiga tahun)…</translation>
    </message>
    <message>
        <source>Demo: every account has the password {password} (admin, operator, karupam, kakpr, karutan, pembaca).</source>
        <translation>Demo: semua akun memakai kata sandi {password} (admin, operator, karupam, kakpr, karutan, pembaca).</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy together</source>
        <translation>Musnahkan sekaligus</translation>
    </message>
    <message>
        <source>These {count} findings are recorded as destroyed under one berita acara:</source>
        <translation>{count} temuan berikut dicatat sebagai dimusnahkan dengan satu berita acara:</translation>
    </message>
    <message>
        <source>number of the berita acara</source>
        <translation>nomor berita acara</translation>
    </message>
    <message>
        <source>Berita acara &amp;no.</source>
        <translation>&amp;No. berita acara</translation>
    </message>
    <message>
        <source>&amp;Destroyed on</source>
        <translation>&amp;Tanggal pemusnahan</translation>
    </message>
</context>
<context>
    <name>DestructionDialog</name>
    <message>
        <source>Berita acara pemusnahan</source>
        <translation>Berita acara pemusnahan</translation>
    </message>
    <message>
        <source>The berita acara of destroying {count} items together.</source>
        <translation>Berita acara pemusnahan {count} barang sekaligus.</translation>
    </message>
    <message>
        <source>&amp;Destroyed on</source>
        <translation>&amp;Dimusnahkan tanggal</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP/NRP as printed</source>
        <translation>NIP/NRP seperti dicetak</translation>
    </message>
    <message>
        <source>Add a &amp;witness</source>
        <translation>Tambah &amp;saksi</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Issue with the next number…</source>
        <translation>&amp;Terbitkan dengan nomor berikutnya…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Sesuai &amp;lebar</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>Satu &amp;halaman</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Halaman sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Halaman berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Halaman {page} dari {count}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written:
{reason}</source>
        <translation>Berkas tidak dapat ditulis:
{reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected.</source>
        <translation>Printer tidak dapat dibuka. Periksa apakah printer menyala dan tersambung.</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Terbitkan dokumen</translation>
    </message>
    <message>
        <source>Give this document the next number of the register? An issued number is never used again; a mistake is corrected by cancelling it with a reason.</source>
        <translation>Beri dokumen ini nomor berikutnya dari register? Nomor yang sudah terbit tidak pernah dipakai lagi; kesalahan diperbaiki dengan membatalkannya disertai alasan.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Menerbitkan…</translation>
    </message>
    <message>
        <source>Issued as number {number}. This is the file kept in the register.</source>
        <translation>Terbit dengan nomor {number}. Inilah berkas yang disimpan dalam register.</translation>
    </message>
</context>
<context>
    <name>DocumentsBar</name>
    <message>
        <source>Daily report…</source>
        <translation>Laporan harian…</translation>
    </message>
    <message>
        <source>The Laporan Harian Kamtib of the day</source>
        <translation>Laporan Harian Kamtib untuk tanggal ini</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>Salin sebagai pesan</translation>
    </message>
    <message>
        <source>Copy the daily report as plain text, for the message to the Kanwil</source>
        <translation>Salin laporan harian sebagai teks biasa, untuk pesan ke Kanwil</translation>
    </message>
    <message>
        <source>Monthly recap…</source>
        <translation>Rekapitulasi bulanan…</translation>
    </message>
    <message>
        <source>The Rekapitulasi Gangguan Kamtib of the month</source>
        <translation>Rekapitulasi Gangguan Kamtib untuk bulan ini</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>Preparing the text…</source>
        <translation>Menyiapkan teks…</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Add to a shift</source>
        <translation>Tambahkan ke dinas</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Dinas</translation>
    </message>
    <message>
        <source>— no post —</source>
        <translation>— tanpa pos —</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>P&amp;os</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Aturan dilanggar</translation>
    </message>
    <message>
        <source>This change breaks a rule:
{problems}

To save it anyway, give the reason (it is recorded):</source>
        <translation>Perubahan ini melanggar aturan:
{problems}

Untuk tetap menyimpannya, tuliskan alasannya (akan dicatat):</translation>
    </message>
</context>
<context>
    <name>DutyOrderDialog</name>
    <message>
        <source>Duty order (Surat Perintah)</source>
        <translation>Surat Perintah</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>S&amp;hifts</source>
        <translation>&amp;Dinas</translation>
    </message>
    <message>
        <source>&amp;Subject (for the register)</source>
        <translation>Peri&amp;hal (untuk register)</translation>
    </message>
    <message>
        <source>&amp;Date of the order</source>
        <translation>&amp;Tanggal surat</translation>
    </message>
    <message>
        <source>One point per line; leave empty when the order needs no Menimbang.</source>
        <translation>Satu butir per baris; kosongkan bila surat tidak memerlukan Menimbang.</translation>
    </message>
    <message>
        <source>&amp;Menimbang</source>
        <translation>&amp;Menimbang</translation>
    </message>
    <message>
        <source>Task &amp;template</source>
        <translation>Templat tu&amp;gas</translation>
    </message>
    <message>
        <source>&amp;Untuk (one task per line)</source>
        <translation>&amp;Untuk (satu tugas per baris)</translation>
    </message>
    <message>
        <source>Te&amp;mbusan (one per line)</source>
        <translation>Tem&amp;busan (satu per baris)</translation>
    </message>
    <message>
        <source>The head of the unit</source>
        <translation>Kepala satuan kerja</translation>
    </message>
    <message>
        <source>Plh. (stands in for the head)</source>
        <translation>Plh. (pelaksana harian kepala)</translation>
    </message>
    <message>
        <source>a.n. (on behalf of the head)</source>
        <translation>a.n. (atas nama kepala)</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>Ditandatangani &amp;oleh</translation>
    </message>
    <message>
        <source>Signe&amp;r</source>
        <translation>Penan&amp;datangan</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>P&amp;ratinjau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Guard duty {period}</source>
        <translation>Jaga {period}</translation>
    </message>
    <message>
        <source>Preparing the order…</source>
        <translation>Menyiapkan surat perintah…</translation>
    </message>
    <message>
        <source>Surat Perintah</source>
        <translation>Surat Perintah</translation>
    </message>
    <message>
        <source>Draft: read it through, then issue it to give it its number. It is printed and kept exactly as issued.</source>
        <translation>Konsep: periksa isinya, lalu terbitkan untuk memberinya nomor. Surat dicetak dan disimpan persis seperti yang diterbitkan.</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Edit account {login}</source>
        <translation>Ubah akun {login}</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message>
    <message>
        <source>Linked &amp;person</source>
        <translation>Personel &amp;terkait</translation>
    </message>
    <message>
        <source>&amp;Active: may sign in</source>
        <translation>&amp;Aktif: boleh masuk</translation>
    </message>
    <message>
        <source>This is your own account: without the Administrator role you can no longer manage accounts.</source>
        <translation>Ini akun Anda sendiri: tanpa peran Administrator, Anda tidak dapat lagi mengelola akun.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing matches the search or the filters chosen.</source>
        <translation>Tidak ada yang cocok dengan pencarian atau saringan yang dipilih.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Hapus saringan</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Akhiri keanggotaan</translation>
    </message>
    <message>
        <source>{name} in {regu}, member since {start}</source>
        <translation>{name} di {regu}, anggota sejak {start}</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Hari terakhir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Show &amp;all fields</source>
        <translation>Tampilkan semua &amp;isian</translation>
    </message>
    <message>
        <source>Also the fields that did not change</source>
        <translation>Termasuk isian yang tidak berubah</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Choose an entry to see its values before and after.</source>
        <translation>Pilih entri untuk melihat nilainya sebelum dan sesudah.</translation>
    </message>
    <message>
        <source>No. {number} · {time} · {account} · {record} · {action}</source>
        <translation>No. {number} · {time} · {account} · {record} · {action}</translation>
    </message>
    <message>
        <source>Entry hash {hash}</source>
        <translation>Hash entri {hash}</translation>
    </message>
    <message>
        <source>(nothing changed but the version)</source>
        <translation>(tidak ada yang berubah selain versi)</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Ubah barang</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tambah barang</translation>
    </message>
    <message>
        <source>e.g. Kunci Blok A, Pistol HS-9 No. 1</source>
        <translation>mis. Kunci Blok A, Pistol HS-9 No. 1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>Nomor &amp;seri</translation>
    </message>
    <message>
        <source>Expected &amp;quantity</source>
        <translation>Jumlah &amp;seharusnya</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Required for a firearm</source>
        <translation>Wajib untuk senjata api</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Boleh kosong</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>No. seri</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>&amp;Note it in the events</source>
        <translation>&amp;Catat di kejadian</translation>
    </message>
    <message>
        <source>Writes the missing firearm or ammunition into the events of the shift, to be reported and recorded as a security incident.</source>
        <translation>Menuliskan senjata api atau amunisi yang kurang ke dalam kejadian selama dinas, untuk dilaporkan dan dicatat sebagai gangguan kamtib.</translation>
    </message>
    <message>
        <source>File as &amp;incident…</source>
        <translation>Catat sebagai gangguan &amp;kamtib…</translation>
    </message>
    <message>
        <source>Opens a security incident prefilled from this handover (Kamtib tab); the handover then shows it.</source>
        <translation>Membuka laporan gangguan kamtib yang sudah terisi dari serah terima ini (tab Kamtib); serah terima ini lalu menampilkannya.</translation>
    </message>
    <message>
        <source>Everything is present and in good condition.</source>
        <translation>Semua lengkap dan dalam kondisi baik.</translation>
    </message>
    <message>
        <source>{text} Reported to the Ka KPR / duty officer; to be recorded as a security incident.</source>
        <translation>{text} Dilaporkan kepada Ka KPR / Perwira Piket; untuk dicatat sebagai gangguan kamtib.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Add &amp;event</source>
        <translation>Tambah &amp;kejadian</translation>
    </message>
    <message>
        <source>Add an event (Insert)</source>
        <translation>Tambah kejadian (Insert)</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Hapus kejadian</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events of the shift&lt;/b&gt; (kept in time order)</source>
        <translation>&lt;b&gt;Kejadian selama dinas&lt;/b&gt; (urut waktu)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standing instructions&lt;/b&gt; of the Karutan and the Ka KPR in force</source>
        <translation>&lt;b&gt;Petunjuk/perintah&lt;/b&gt; Karutan dan Ka KPR yang berlaku</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sejak {day}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nihil.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Dilaksanakan tanggal</translation>
    </message>
    <message>
        <source>What shows it was done</source>
        <translation>Yang menunjukkan telah dilaksanakan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(tanpa berkas)</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Berkas…</translation>
    </message>
    <message>
        <source>Scan or photo</source>
        <translation>Pindaian atau foto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that Rutan Desk did not expect. The last action may not have been completed, but nothing is ever saved half-way. The details were written to:
{path}</source>
        <translation>Terjadi kesalahan yang tidak terduga. Tindakan terakhir mungkin belum selesai, tetapi tidak ada data yang tersimpan setengah jalan. Rinciannya dicatat di:
{path}</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Diubah orang lain</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Tidak diizinkan</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>Sudah tidak ada</translation>
    </message>
    <message>
        <source>This record no longer exists: someone else may have removed it. Nothing was saved; the list is read again.</source>
        <translation>Data ini sudah tidak ada: mungkin dihapus orang lain. Tidak ada yang disimpan; daftar dibaca ulang.</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Basis data sedang dipakai</translation>
    </message>
    <message>
        <source>The database is in use by another program. Nothing was saved; try again.</source>
        <translation>Basis data sedang dipakai program lain. Tidak ada yang disimpan; coba lagi.</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disk penuh</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space on the disk (empty the recycle bin, move old files elsewhere) and try again.</source>
        <translation>Disk penuh. Tidak ada yang disimpan. Kosongkan sebagian ruang disk (kosongkan Recycle Bin, pindahkan berkas lama ke tempat lain), lalu coba lagi.</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Hanya dilihat</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Tidak dapat menulis</translation>
    </message>
    <message>
        <source>The file or folder cannot be written to (read-only, write-protected or no permission). Nothing was saved. Check the disk or ask the administrator of this PC for permission to write there.</source>
        <translation>Berkas atau folder tidak dapat ditulisi (hanya-baca, dilindungi dari penulisan, atau tanpa izin). Tidak ada yang disimpan. Periksa disknya atau minta administrator PC ini memberi izin menulis di sana.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved. Stop working with it, keep the file for examination, and restore the latest backup. Details are in the log:
{path}</source>
        <translation>Berkas basis data rusak. Tidak ada yang disimpan. Hentikan pekerjaan dengan berkas ini, simpan berkas itu untuk diperiksa, dan pulihkan cadangan terakhir. Rinciannya ada di log:
{path}</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Kesalahan basis data</translation>
    </message>
    <message>
        <source>The database refused the action; nothing was saved.
{reason}</source>
        <translation>Basis data menolak tindakan ini; tidak ada yang disimpan.
{reason}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that Rutan Desk did not expect. Nothing was saved half-way. The details were written to:
{path}</source>
        <translation>Terjadi sesuatu yang tidak terduga oleh Rutan Desk. Tidak ada yang tersimpan setengah jalan. Rinciannya ditulis ke:
{path}</translation>
    </message>
    <message>
        <source>{who} removed this record after you opened it.</source>
        <translation>{who} menghapus data ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>{who} changed this record after you opened it.</source>
        <translation>{who} mengubah data ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Orang lain mengubah data ini setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>Changed at {time}.</source>
        <translation>Diubah pada {time}.</translation>
    </message>
    <message>
        <source>What changed: {fields}.</source>
        <translation>Yang berubah: {fields}.</translation>
    </message>
    <message>
        <source>Your change was not saved, so that theirs is not undone; what you typed is still in the form. Close it and open the record again to see the new state.</source>
        <translation>Perubahan Anda tidak disimpan agar perubahan mereka tidak terhapus; yang Anda ketik masih ada di formulir. Tutup formulir, lalu buka data ini lagi untuk melihat keadaan terbarunya.</translation>
    </message>
    <message>
        <source>Your account can no longer act: it was deactivated, removed or locked out. Nothing was saved. Sign in again, or ask the Administrator.</source>
        <translation>Akun Anda tidak dapat lagi bertindak: akun telah dinonaktifkan, dihapus, atau terkunci. Tidak ada yang disimpan. Masuk lagi, atau hubungi Administrator.</translation>
    </message>
    <message>
        <source>Choose your own password first (File → Change password). Nothing was saved.</source>
        <translation>Pilih kata sandi Anda sendiri lebih dahulu (Berkas → Ubah kata sandi). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>No role may do this now ({what}). Nothing was saved.</source>
        <translation>Saat ini tidak ada peran yang boleh melakukan ini ({what}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Your role may not do this ({what}). Nothing was saved. It is allowed for: {roles}. Ask the Administrator if it belongs to your work.</source>
        <translation>Peran Anda tidak boleh melakukan ini ({what}). Tidak ada yang disimpan. Yang boleh: {roles}. Hubungi Administrator bila hal ini termasuk pekerjaan Anda.</translation>
    </message>
</context>
<context>
    <name>FairnessDialog</name>
    <message>
        <source>Fairness of duty</source>
        <translation>Keadilan beban tugas</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Dinas malam</translation>
    </message>
    <message>
        <source>Holiday shifts</source>
        <translation>Dinas hari libur</translation>
    </message>
    <message>
        <source>Alert shifts</source>
        <translation>Dinas masa siaga</translation>
    </message>
    <message>
        <source>Piket</source>
        <translation>Piket</translation>
    </message>
    <message>
        <source>Last Lebaran</source>
        <translation>Lebaran terakhir</translation>
    </message>
    <message>
        <source>Last New Year&apos;s Eve</source>
        <translation>Malam tahun baru terakhir</translation>
    </message>
</context>
<context>
    <name>FateDialog</name>
    <message>
        <source>Fate of the finding</source>
        <translation>Penanganan temuan</translation>
    </message>
    <message>
        <source>&amp;Fate</source>
        <translation>&amp;Penanganan</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>e.g. Sat Resnarkoba Polres Blora</source>
        <translation>mis. Sat Resnarkoba Polres Blora</translation>
    </message>
    <message>
        <source>Handed &amp;to</source>
        <translation>Diserahkan &amp;kepada</translation>
    </message>
    <message>
        <source>Berita acara &amp;no.</source>
        <translation>&amp;No. berita acara</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Simpan salinan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>This file cannot be shown here; save a copy to open it with another program.</source>
        <translation>Berkas ini tidak dapat ditampilkan di sini; simpan salinannya untuk dibuka dengan program lain.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>The file could not be written:
{reason}</source>
        <translation>Berkas tidak dapat ditulis:
{reason}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <source>Open an incident</source>
        <translation>Catat kejadian</translation>
    </message>
    <message>
        <source>Destroy together</source>
        <translation>Musnahkan sekaligus</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Plan the first month</source>
        <translation>Susun bulan pertama</translation>
    </message>
    <message>
        <source>Everything the roster needs is there. Finishing plans {month} from the regu&apos;s pattern and opens its roster sheet to check and print. Days that have passed are left as they are.</source>
        <translation>Semua yang diperlukan jadwal jaga sudah ada. Menyelesaikan asisten menyusun jadwal {month} dari pola regu dan membuka lembar jadwal jaganya untuk diperiksa dan dicetak. Hari yang sudah lewat dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>The roster cannot be planned yet.</source>
        <translation>Jadwal jaga belum dapat disusun.</translation>
    </message>
    <message>
        <source>Go back and finish the steps before this one.</source>
        <translation>Kembali dan selesaikan langkah-langkah sebelumnya.</translation>
    </message>
    <message>
        <source>Planning the roster…</source>
        <translation>Menyusun jadwal jaga…</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First start: the Administrator</source>
        <translation>Penggunaan pertama: akun Administrator</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the Administrator&apos;s account: it makes the accounts of the others (clerk, Karupam, Ka KPR, Karutan) and keeps the settings and backups. Choose a password only you know.</source>
        <translation>Basis data ini belum memiliki akun. Buat akun Administrator: Administrator membuat akun pengguna lain (petugas administrasi, Karupam, Ka KPR, Karutan) serta mengelola pengaturan dan cadangan. Pilih kata sandi yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Buat dan masuk</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>FirstDayAssistant</name>
    <message>
        <source>First-day assistant</source>
        <extracomment>The month was planned: its roster sheet is to be opened (year, month). The clerk left the assistant before its end (it is not offered again by itself).</extracomment>
        <translation>Asisten hari pertama</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>S&amp;kip the assistant</source>
        <translation>Le&amp;wati asisten</translation>
    </message>
    <message>
        <source>Plan and ope&amp;n the roster sheet</source>
        <translation>Susun dan &amp;buka jadwal jaga</translation>
    </message>
</context>
<context>
    <name>FirstDayPage</name>
    <message>
        <source>Your account&apos;s role may not do this step. Give the role this right under Settings → Accounts and roles, or let an account that has it do the step.</source>
        <translation>Peran akun Anda tidak boleh mengerjakan langkah ini. Beri peran itu hak ini di Pengaturan → Akun dan peran, atau minta akun yang memilikinya mengerjakan langkah ini.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>The user guide was not found: {path}</source>
        <translation>Panduan tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>Links outside the guide are not opened: {link}</source>
        <translation>Tautan ke luar panduan tidak dibuka: {link}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>&amp;1 Officers</source>
        <translation>&amp;1 Petugas</translation>
    </message>
    <message>
        <source>&amp;2 Inmate count</source>
        <translation>&amp;2 Jumlah penghuni</translation>
    </message>
    <message>
        <source>&amp;3 Equipment</source>
        <translation>&amp;3 Inventaris</translation>
    </message>
    <message>
        <source>&amp;4 Events and instructions</source>
        <translation>&amp;4 Kejadian dan petunjuk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Se&amp;rahkan…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>T&amp;erima…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Keta&amp;hui…</translation>
    </message>
    <message>
        <source>A&amp;ddendum…</source>
        <translation>A&amp;ddendum…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Ce&amp;tak laporan…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this handover</source>
        <translation>Semua perubahan serah terima ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>(no regu)</source>
        <translation>(tanpa regu)</translation>
    </message>
    <message>
        <source>Karupam {name}</source>
        <translation>Karupam {name}</translation>
    </message>
    <message>
        <source>Handover: {outgoing} {span} → {incoming}</source>
        <translation>Serah terima: {outgoing} {span} → {incoming}</translation>
    </message>
    <message>
        <source>{label}: not yet</source>
        <translation>{label}: belum</translation>
    </message>
    <message>
        <source>on paper {day}</source>
        <translation>di atas kertas, {day}</translation>
    </message>
    <message>
        <source>(standing in)</source>
        <translation>(mewakili)</translation>
    </message>
    <message>
        <source>Draft: not yet handed over.</source>
        <translation>Konsep: belum diserahkan.</translation>
    </message>
    <message>
        <source>Handed over; waiting to be received.</source>
        <translation>Sudah diserahkan; menunggu diterima.</translation>
    </message>
    <message>
        <source>Received and locked: corrections are made by an addendum.</source>
        <translation>Sudah diterima dan terkunci: koreksi dibuat dengan addendum.</translation>
    </message>
    <message>
        <source>Received, acknowledged and locked: corrections are made by an addendum.</source>
        <translation>Sudah diterima, diketahui dan terkunci: koreksi dibuat dengan addendum.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>Security incident {number} was filed from this handover.</source>
        <translation>Gangguan kamtib {number} telah dicatat dari serah terima ini.</translation>
    </message>
    <message>
        <source>Addendum {number} ({moment}, {author}): {reason} — {text}</source>
        <translation>Addendum {number} ({moment}, {author}): {reason} — {text}</translation>
    </message>
    <message>
        <source>File as incident</source>
        <translation>Catat sebagai gangguan kamtib</translation>
    </message>
    <message>
        <source>Incident {numbers} was already filed from this handover. File another one?</source>
        <translation>Kejadian {numbers} sudah dicatat dari serah terima ini. Catat satu kejadian lagi?</translation>
    </message>
    <message>
        <source>Save handover</source>
        <translation>Simpan serah terima</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>The outgoing Karupam (or who stands in) hands over the shift.</source>
        <translation>Karupam regu keluar (atau yang mewakili) menyerahkan jaga.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>The incoming Karupam receives the shift. After this the handover is locked; a later correction is an addendum.</source>
        <translation>Karupam regu masuk menerima jaga. Sesudah ini serah terima terkunci; koreksi kemudian dibuat dengan addendum.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ketahui</translation>
    </message>
    <message>
        <source>The Ka KPR acknowledges in office hours, the duty officer (perwira piket) outside them.</source>
        <translation>Ka KPR mengetahui pada jam kerja, Perwira Piket di luar jam kerja.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Save the changes to this handover?</source>
        <translation>Simpan perubahan serah terima ini?</translation>
    </message>
</context>
<context>
    <name>HandoverReportPreview</name>
    <message>
        <source>Handover report</source>
        <translation>Laporan serah terima</translation>
    </message>
    <message>
        <source>Issued as number {number}; this is the file kept in the register.</source>
        <translation>Terbit dengan nomor {number}; inilah berkas yang disimpan dalam register.</translation>
    </message>
    <message>
        <source>Draft print. Issue it to give the report its number in the register.</source>
        <translation>Cetakan konsep. Terbitkan untuk memberi laporan nomor dalam register.</translation>
    </message>
    <message>
        <source>Draft print: the handover is not yet received, so it has no number.</source>
        <translation>Cetakan konsep: serah terima belum diterima, sehingga belum bernomor.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
</context>
<context>
    <name>HandoverSettingsDialog</name>
    <message>
        <source>This record no longer exists (changed on another computer).</source>
        <translation>Data ini sudah tidak ada (diubah di komputer lain).</translation>
    </message>
    <message>
        <source>Handover settings</source>
        <translation>Pengaturan serah terima</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>Inmate &amp;categories</source>
        <translation>&amp;Kategori penghuni</translation>
    </message>
    <message>
        <source>Equip&amp;ment</source>
        <translation>&amp;Inventaris</translation>
    </message>
    <message>
        <source>Standing &amp;instructions</source>
        <translation>&amp;Petunjuk pimpinan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Or press Insert in the list</source>
        <translation>Atau tekan Insert di daftar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Or press Enter in the list</source>
        <translation>Atau tekan Enter di daftar</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Or press Delete in the list (to deactivate)</source>
        <translation>Atau tekan Delete di daftar (untuk menonaktifkan)</translation>
    </message>
    <message>
        <source>&amp;Add block…</source>
        <translation>&amp;Tambah blok…</translation>
    </message>
    <message>
        <source>Blocks and rooms in the &amp;headcount</source>
        <translation>Blok dan kamar dalam &amp;penghitungan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Each block or room is counted at every handover. A block with inmates in the latest count cannot be deactivated; move them first.</source>
        <translation>Setiap blok atau kamar dihitung pada setiap serah terima. Blok yang masih berpenghuni pada hitungan terakhir tidak dapat dinonaktifkan; pindahkan penghuninya lebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Add category…</source>
        <translation>&amp;Tambah kategori…</translation>
    </message>
    <message>
        <source>Inmate categories in the &amp;headcount</source>
        <translation>Kategori penghuni dalam &amp;penghitungan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>The categories are the columns of the count. A category with inmates in the latest count cannot be deactivated.</source>
        <translation>Kategori adalah kolom penghitungan. Kategori yang masih berpenghuni pada hitungan terakhir tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Tambah barang…</translation>
    </message>
    <message>
        <source>Items checked at every &amp;handover</source>
        <translation>Barang yang diperiksa pada setiap &amp;serah terima</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>No. seri</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>A firearm needs its serial number, and each weapon is an item of its own. Handovers that checked a deactivated item keep their line.</source>
        <translation>Senjata api wajib bernomor seri, dan setiap senjata adalah satu barang tersendiri. Serah terima yang sudah memeriksa barang yang dinonaktifkan tetap menyimpan barisnya.</translation>
    </message>
    <message>
        <source>&amp;Add instruction…</source>
        <translation>&amp;Tambah petunjuk…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>Or press Delete in the list</source>
        <translation>Atau tekan Delete di daftar</translation>
    </message>
    <message>
        <source>Instructions passed on at every &amp;handover</source>
        <translation>Petunjuk yang diteruskan pada setiap &amp;serah terima</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Removed instructions are greyed; the handovers that carried them keep them.</source>
        <translation>Petunjuk yang dicabut berwarna abu-abu; serah terima yang memuatnya tetap menyimpannya.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>from {day}, by {who}</source>
        <translation>mulai {day}, oleh {who}</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Akti&amp;fkan lagi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Deactivate block</source>
        <translation>Nonaktifkan blok</translation>
    </message>
    <message>
        <source>{name} will no longer be counted at handovers. Handovers already made keep its numbers.</source>
        <translation>{name} tidak lagi dihitung pada serah terima. Serah terima yang sudah dibuat tetap menyimpan angkanya.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Reactivate block</source>
        <translation>Aktifkan lagi blok</translation>
    </message>
    <message>
        <source>Deactivate category</source>
        <translation>Nonaktifkan kategori</translation>
    </message>
    <message>
        <source>Reactivate category</source>
        <translation>Aktifkan lagi kategori</translation>
    </message>
    <message>
        <source>Deactivate item</source>
        <translation>Nonaktifkan barang</translation>
    </message>
    <message>
        <source>{name} will no longer be checked at handovers. Handovers that checked it keep their line.</source>
        <translation>{name} tidak lagi diperiksa pada serah terima. Serah terima yang sudah memeriksanya tetap menyimpan barisnya.</translation>
    </message>
    <message>
        <source>Reactivate item</source>
        <translation>Aktifkan lagi barang</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>The same number of days before</source>
        <translation>Jumlah hari yang sama sebelumnya</translation>
    </message>
    <message>
        <source>The same number of days after</source>
        <translation>Jumlah hari yang sama sesudahnya</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Only today&apos;s handovers; ◀ ▶ then go day by day</source>
        <translation>Hanya serah terima hari ini; ◀ ▶ lalu berpindah per hari</translation>
    </message>
    <message>
        <source>&amp;Regu</source>
        <translation>R&amp;egu</translation>
    </message>
    <message>
        <source>With a count &amp;difference</source>
        <translation>Dengan se&amp;lisih hitung</translation>
    </message>
    <message>
        <source>With &amp;missing equipment</source>
        <translation>Dengan &amp;inventaris kurang</translation>
    </message>
    <message>
        <source>&amp;New handover…</source>
        <translation>Serah terima bar&amp;u…</translation>
    </message>
    <message>
        <source>Start the handover of a shift (Ctrl+N)</source>
        <translation>Mulai serah terima suatu dinas (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pe&amp;ngaturan serah terima…</translation>
    </message>
    <message>
        <source>Blocks, inmate categories, equipment and standing instructions</source>
        <translation>Blok, kategori penghuni, inventaris dan petunjuk pimpinan</translation>
    </message>
    <message>
        <source>Shift change</source>
        <translation>Pergantian dinas</translation>
    </message>
    <message>
        <source>Regu</source>
        <translation>Regu</translation>
    </message>
    <message>
        <source>Karupam handing over / taking over</source>
        <translation>Karupam yang menyerahkan / menerima</translation>
    </message>
    <message>
        <source>Inmates</source>
        <translation>Penghuni</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kurang</translation>
    </message>
    <message>
        <source>Outgoing shift</source>
        <translation>Dinas yang menyerahkan</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>{count} handovers, {open} not yet received</source>
        <translation>{count} serah terima, {open} belum diterima</translation>
    </message>
    <message>
        <source>No handover in this period with the filters chosen.</source>
        <translation>Tidak ada serah terima pada periode ini dengan saringan yang dipilih.</translation>
    </message>
    <message>
        <source>No handover yet. A handover is prefilled from the duty roster, so the roster comes first.</source>
        <translation>Belum ada serah terima. Serah terima diisi awal dari jadwal jaga, jadi jadwal jaga disiapkan lebih dulu.</translation>
    </message>
    <message>
        <source>No handover yet. At each change of shift, start the handover: the roster fills in the regu and Karupam, the counts and equipment are entered, and both Karupam sign. Blocks, inmate categories and equipment are set in Settings.</source>
        <translation>Belum ada serah terima. Setiap pergantian dinas, mulai serah terima: jadwal jaga mengisi regu dan Karupam, jumlah penghuni dan inventaris diisi, lalu kedua Karupam menandatangani. Blok, kategori penghuni dan inventaris diatur di Pengaturan.</translation>
    </message>
    <message>
        <source>New handover…</source>
        <translation>Serah terima baru…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Serah terima baru</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The check of the database file at start found it damaged:
{problem}

So that the damage does not spread, nothing more is saved into it: what it holds can still be viewed and printed. Keep the damaged file for examination and tell the Administrator.</source>
        <translation>Pemeriksaan berkas basis data saat mulai menemukan kerusakan:
{problem}

Agar kerusakan tidak meluas, tidak ada lagi yang disimpan ke dalamnya: isinya masih dapat dilihat dan dicetak. Simpan berkas yang rusak untuk diperiksa dan beri tahu Administrator.</translation>
    </message>
    <message>
        <source>There is no verified backup to restore. Do not delete the file; ask for help.</source>
        <translation>Tidak ada cadangan terverifikasi untuk dipulihkan. Jangan hapus berkas ini; mintalah bantuan.</translation>
    </message>
    <message>
        <source>The latest verified backup was made on {date} at {time}. Restoring it brings the data back as it was then; what was entered after it must be entered again.</source>
        <translation>Cadangan terverifikasi terakhir dibuat pada {date} pukul {time}. Memulihkannya mengembalikan data seperti saat itu; yang dimasukkan setelahnya harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>Restore the backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>View only for now</source>
        <translation>Lihat saja dahulu</translation>
    </message>
</context>
<context>
    <name>HolidayForm</name>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>The roster marks holidays and plans piket on them. Next imports the national holidays and joint leave days of this year and the next from the list that comes with Rutan Desk; correct them later under the roster&apos;s calendar.</source>
        <translation>Jadwal jaga menandai hari libur dan menyusun piket pada hari itu. Lanjut mengimpor hari libur nasional dan cuti bersama tahun ini dan tahun depan dari daftar yang menyertai Rutan Desk; koreksi nanti di kalender jadwal jaga.</translation>
    </message>
    <message>
        <source>Next imports the holidays of {years}.</source>
        <translation>Lanjut mengimpor hari libur tahun {years}.</translation>
    </message>
    <message>
        <source>The holidays of {years} are there.</source>
        <translation>Hari libur tahun {years} sudah ada.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sama</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>Berubah: {fields}</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Simpan &amp;templat…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Headers read from row {line}.</source>
        <translation>Judul kolom dibaca dari baris {line}.</translation>
    </message>
    <message>
        <source>Merged cells ({ranges}) were read as their value repeated.</source>
        <translation>Sel gabungan ({ranges}) dibaca sebagai nilainya yang diulang.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>Memeriksa {count} baris…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {same} unchanged, {errors} with errors</source>
        <translation>{new} baru, {changed} diubah, {same} sama, {errors} galat</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be left out; correct them in the file and import it again later. Import the other rows now?</source>
        <translation>
            <numerusform>%n baris bergalat akan dilewati; perbaiki di berkasnya dan impor lagi nanti. Impor baris lainnya sekarang?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Mengimpor %n baris…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>&amp;1 Incident</source>
        <translation>&amp;1 Kejadian</translation>
    </message>
    <message>
        <source>&amp;2 People</source>
        <translation>&amp;2 Pihak terlibat</translation>
    </message>
    <message>
        <source>&amp;3 Actions and reporting</source>
        <translation>&amp;3 Tindakan dan pelaporan</translation>
    </message>
    <message>
        <source>&amp;4 Evidence and follow-up</source>
        <translation>&amp;4 Barang bukti dan tindak lanjut</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Foto dan pindaian</translation>
    </message>
    <message>
        <source>&amp;5 Files</source>
        <translation>&amp;5 Berkas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the form as it is (Ctrl+S)</source>
        <translation>Simpan formulir apa adanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Buka kembali…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>S&amp;etujui…</translation>
    </message>
    <message>
        <source>Supp&amp;lement…</source>
        <translation>Su&amp;plemen…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Cet&amp;ak…</translation>
    </message>
    <message>
        <source>The incident report (Laporan Kejadian)</source>
        <translation>Laporan Kejadian</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this incident</source>
        <translation>Semua perubahan kejadian ini</translation>
    </message>
    <message>
        <source>Approval s&amp;can</source>
        <translation>Pindaian persetujuan</translation>
    </message>
    <message>
        <source>The scan of the approval given on paper</source>
        <translation>Pindaian persetujuan yang diberikan di atas kertas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>&amp;Happened at</source>
        <translation>Waktu &amp;kejadian</translation>
    </message>
    <message>
        <source>&amp;Reported at</source>
        <translation>Waktu dilapo&amp;rkan</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>Tempat lain:</translation>
    </message>
    <message>
        <source>room</source>
        <translation>kamar</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Apa yang terjadi, dalam satu baris</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ri&amp;ngkasan</translation>
    </message>
    <message>
        <source>What, when, where, who, why and how (5W1H), as it happened</source>
        <translation>Apa, kapan, di mana, siapa, mengapa dan bagaimana (5W1H), sesuai kejadiannya</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>Kr&amp;onologi</translation>
    </message>
    <message>
        <source>&amp;Injuries</source>
        <translation>&amp;Cedera</translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation>Ker&amp;usakan</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Regu jaga</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pihak yang terlibat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register no. / NIP / ID</source>
        <translation>No. register / NIP / identitas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Add an &amp;inmate…</source>
        <translation>Tambah pen&amp;ghuni…</translation>
    </message>
    <message>
        <source>Add an &amp;officer…</source>
        <translation>Tambah petug&amp;as…</translation>
    </message>
    <message>
        <source>Add someone from &amp;outside…</source>
        <translation>Tamba&amp;h orang luar…</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Tindakan yang diambil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tindakan yang dilakukan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation>Tambah t&amp;indakan</translation>
    </message>
    <message>
        <source>Reported up the ladder</source>
        <translation>Pelaporan berjenjang</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>How (phone, radio, in person)</source>
        <translation>Cara (telepon, radio, langsung)</translation>
    </message>
    <message>
        <source>Add a &amp;notification</source>
        <translation>Tambah pemberitahu&amp;an</translation>
    </message>
    <message>
        <source>Evidence (barang bukti)</source>
        <translation>Barang bukti</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Dipegang oleh</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Tempat penyimpanan</translation>
    </message>
    <message>
        <source>Add &amp;evidence</source>
        <translation>Tambah barang bu&amp;kti</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>Se&amp;rahkan…</translation>
    </message>
    <message>
        <source>Record who holds the chosen item from now on (also after approval)</source>
        <translation>Catat siapa yang memegang barang yang dipilih mulai sekarang (juga setelah laporan disetujui)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add a &amp;task</source>
        <translation>Tambah tu&amp;gas</translation>
    </message>
    <message>
        <source>open</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Laporkan</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Tandai &amp;ditangani</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Se&amp;lesaikan</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Kejadian baru</translation>
    </message>
    <message>
        <source>(taken from the roster when saved)</source>
        <translation>(diambil dari jadwal jaga saat disimpan)</translation>
    </message>
    <message>
        <source>Draft: not yet saved.</source>
        <translation>Draf: belum disimpan.</translation>
    </message>
    <message>
        <source>Incident {number} — {kind}</source>
        <translation>Kejadian {number} — {kind}</translation>
    </message>
    <message>
        <source>shift {code}</source>
        <translation>dinas {code}</translation>
    </message>
    <message>
        <source>Karupam {name}</source>
        <translation>Karupam {name}</translation>
    </message>
    <message>
        <source>(the roster shows nobody on duty at that time)</source>
        <translation>(menurut jadwal jaga tidak ada yang berdinas pada waktu itu)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Approved on paper by {name} ({day}); the scan is kept.</source>
        <translation>Disetujui di atas kertas oleh {name} ({day}); pindaiannya disimpan.</translation>
    </message>
    <message>
        <source>Approved by {name}, {moment}; locked: new facts are supplements.</source>
        <translation>Disetujui oleh {name}, {moment}; terkunci: fakta baru dicatat sebagai suplemen.</translation>
    </message>
    <message>
        <source>Supplement {number} ({moment}, {author}): {text}</source>
        <translation>Suplemen {number} ({moment}, {author}): {text}</translation>
    </message>
    <message>
        <source>Reopened {moment} by {author}: {reason}</source>
        <translation>Dibuka kembali {moment} oleh {author}: {reason}</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Siapa yang terlibat?</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>&amp;Officer or helping police officer</source>
        <translation>&amp;Petugas atau anggota Polri yang membantu</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Simpan kejadian</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Buka kembali kejadian</translation>
    </message>
    <message>
        <source>The incident was finished. Reopening puts it back to &apos;handled&apos;; the reason is kept on the record.</source>
        <translation>Kejadian ini sudah selesai. Jika dibuka kembali, statusnya kembali menjadi &apos;ditangani&apos;; alasannya tetap tercatat.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Approve incident report</source>
        <translation>Setujui laporan kejadian</translation>
    </message>
    <message>
        <source>The Ka KPR or the Karutan approves the report in their own name; an approval signed on paper is recorded with the scan. After this the report is locked: new facts are added as supplements.</source>
        <translation>Ka KPR atau Karutan menyetujui laporan atas nama sendiri; persetujuan yang ditandatangani di atas kertas dicatat beserta pindaiannya. Sesudah ini laporan terkunci: fakta baru ditambahkan sebagai suplemen.</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Suplemen</translation>
    </message>
    <message>
        <source>The report is approved and locked. A supplement is numbered, keeps your name and the time, and cannot be changed afterwards.</source>
        <translation>Laporan sudah disetujui dan terkunci. Suplemen diberi nomor, mencatat nama Anda dan waktunya, dan tidak dapat diubah sesudahnya.</translation>
    </message>
    <message>
        <source>&amp;New facts</source>
        <translation>&amp;Fakta baru</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>Choose a saved item of evidence first.</source>
        <translation>Pilih lebih dahulu barang bukti yang sudah disimpan.</translation>
    </message>
    <message>
        <source>Save the changes to this incident?</source>
        <translation>Simpan perubahan kejadian ini?</translation>
    </message>
</context>
<context>
    <name>IncidentReportPreview</name>
    <message>
        <source>Incident report</source>
        <translation>Laporan Kejadian</translation>
    </message>
    <message>
        <source>Issued as number {number}. This print also shows what was added since.</source>
        <translation>Diterbitkan dengan nomor {number}. Cetakan ini juga memuat tambahan sesudahnya.</translation>
    </message>
    <message>
        <source>Approved. Issue it to give the report its number in the register.</source>
        <translation>Sudah disetujui. Terbitkan untuk memberi laporan nomor dalam register.</translation>
    </message>
    <message>
        <source>Draft print (KONSEP): the report is numbered once it is approved.</source>
        <translation>Cetakan konsep (KONSEP): laporan diberi nomor setelah disetujui.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
</context>
<context>
    <name>IncidentTypeForm</name>
    <message>
        <source>Kind of incident</source>
        <translation>Jenis gangguan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This kind of incident no longer exists.</source>
        <translation>Jenis gangguan ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Regu jaga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number, name, register number, words of the chronology…</source>
        <translation>Nomor, nama, nomor register, kata dalam kronologi…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>Semua tangga&amp;l</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Kejadia&amp;n baru…</translation>
    </message>
    <message>
        <source>File a new incident (Ctrl+N)</source>
        <translation>Catat kejadian baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Peng&amp;aturan kamtib…</translation>
    </message>
    <message>
        <source>Kinds of incident, the incidents&apos; numbers, the import of the inmate list</source>
        <translation>Jenis gangguan, penomoran gangguan, impor daftar warga binaan</translation>
    </message>
    <message>
        <source>No incident in this period with the filters chosen.</source>
        <translation>Tidak ada gangguan pada periode ini dengan saringan yang dipilih.</translation>
    </message>
    <message>
        <source>No incident recorded yet. When one happens, file it here; its kinds and its number are set in Settings.</source>
        <translation>Belum ada gangguan yang dicatat. Bila terjadi, catat di sini; jenis dan penomorannya diatur di Pengaturan.</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Kejadian baru…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Semua tempat</translation>
    </message>
    <message>
        <source>The newest {count} incidents; narrow the search to see others.</source>
        <translation>{count} kejadian terbaru; persempit pencarian untuk melihat yang lain.</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>{count} kejadian</translation>
    </message>
</context>
<context>
    <name>InmateDialog</name>
    <message>
        <source>Correct an inmate</source>
        <translation>Betulkan data penghuni</translation>
    </message>
    <message>
        <source>New inmate</source>
        <translation>Penghuni baru</translation>
    </message>
    <message>
        <source>Full name, as in the inmate&apos;s file</source>
        <translation>Nama lengkap, sesuai berkas penghuni</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Nomor &amp;register</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— tidak diketahui —</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (nonaktif)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>Date &amp;in</source>
        <translation>Tanggal &amp;masuk</translation>
    </message>
    <message>
        <source>released or transferred</source>
        <translation>bebas atau dipindahkan</translation>
    </message>
    <message>
        <source>Date &amp;out</source>
        <translation>Tanggal &amp;keluar</translation>
    </message>
    <message>
        <source>e.g. moved from Rutan Rembang</source>
        <translation>mis. pindahan dari Rutan Rembang</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>e.g. A.II/123/2026 (tahanan) or B.I/45/2025</source>
        <translation>mis. A.II/123/2026 (tahanan) atau B.I/45/2025</translation>
    </message>
    <message>
        <source>{status} · kept as {number}</source>
        <translation>{status} · disimpan sebagai {number}</translation>
    </message>
    <message>
        <source>This inmate&apos;s record is no longer there: it was merged into another one or removed on another computer. Find the inmate again.</source>
        <translation>Data penghuni ini sudah tidak ada: telah digabungkan dengan data lain atau dihapus di komputer lain. Cari kembali penghuni tersebut.</translation>
    </message>
</context>
<context>
    <name>InmateImportDialog</name>
    <message>
        <source>Register number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Date in</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Import the inmate list</source>
        <translation>Impor daftar warga binaan</translation>
    </message>
    <message>
        <source>The inmate list exported from SDP (.xlsx or .csv): register number, name, block</source>
        <translation>Daftar warga binaan hasil ekspor SDP (.xlsx atau .csv): nomor registrasi, nama, blok</translation>
    </message>
    <message>
        <source>Inmate list</source>
        <translation>Daftar warga binaan</translation>
    </message>
    <message>
        <source>A sample list with the expected columns; its blocks must be the office&apos;s own</source>
        <translation>Contoh daftar dengan kolom yang diharapkan; bloknya harus blok Rutan sendiri</translation>
    </message>
    <message>
        <source>{created} inmates added, {updated} changed.</source>
        <translation>{created} warga binaan ditambahkan, {updated} diubah.</translation>
    </message>
</context>
<context>
    <name>InmatePickerDialog</name>
    <message>
        <source>Choose an inmate</source>
        <translation>Pilih penghuni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Nomor register</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Status hukum</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Part of the name, or the register number (e.g. A.II/123/2026)</source>
        <translation>Sebagian nama, atau nomor register (mis. A.II/123/2026)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Matching inmates</source>
        <translation>Penghuni yang &amp;sesuai</translation>
    </message>
    <message>
        <source>&amp;New inmate…</source>
        <translation>Penghuni &amp;baru…</translation>
    </message>
    <message>
        <source>Enter an inmate not recorded yet (Alt+N)</source>
        <translation>Masukkan penghuni yang belum tercatat (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Correct the selected inmate (Alt+E)</source>
        <translation>Betulkan data penghuni yang dipilih (Alt+U)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gabungkan…</translation>
    </message>
    <message>
        <source>The selected inmate was entered twice: merge them into the right record</source>
        <translation>Penghuni yang dipilih tercatat dua kali: gabungkan ke data yang benar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No inmate is recorded yet: Alt+N enters the first one.</source>
        <translation>Belum ada penghuni yang tercatat: tekan Alt+B untuk memasukkan yang pertama.</translation>
    </message>
    <message>
        <source>No inmate matches “{text}”. Check the spelling, or press Enter or Alt+N to enter them.</source>
        <translation>Tidak ada penghuni yang cocok dengan “{text}”. Periksa ejaannya, atau tekan Enter atau Alt+B untuk memasukkannya.</translation>
    </message>
    <message>
        <source>The {count} inmates entered last; type to find the others.</source>
        <translation>{count} penghuni yang terakhir dimasukkan; ketik untuk mencari yang lain.</translation>
    </message>
    <message>
        <source>{count} inmates, the last entered first; type to find one.</source>
        <translation>{count} penghuni, yang terakhir dimasukkan lebih dulu; ketik untuk mencari.</translation>
    </message>
    <message>
        <source>The first {count} found; type more of the name or number.</source>
        <translation>{count} hasil pertama; ketik nama atau nomor dengan lebih lengkap.</translation>
    </message>
    <message>
        <source>1 inmate</source>
        <translation>1 penghuni</translation>
    </message>
    <message>
        <source>{count} inmates</source>
        <translation>{count} penghuni</translation>
    </message>
    <message>
        <source>{name} ({number}) was entered twice. Choose the record to keep: {name} ({number}) is merged into it.</source>
        <translation>{name} ({number}) tercatat dua kali. Pilih data yang dipertahankan: {name} ({number}) digabungkan ke dalamnya.</translation>
    </message>
    <message>
        <source>Merge inmates</source>
        <translation>Gabungkan data penghuni</translation>
    </message>
    <message>
        <source>Merge {duplicate} ({duplicate_number}) into {keep} ({keep_number})?

Every record that names {duplicate} will name {keep}, and the record {duplicate_number} is removed. The merge is kept in the audit trail.</source>
        <translation>Gabungkan {duplicate} ({duplicate_number}) ke {keep} ({keep_number})?

Setiap catatan yang menyebut {duplicate} akan menyebut {keep}, dan data {duplicate_number} dihapus. Penggabungan ini tercatat di jejak audit.</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution profile</source>
        <translation>Profil Satuan Kerja</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>&amp;Ministry</source>
        <translation>&amp;Kementerian</translation>
    </message>
    <message>
        <source>&amp;Directorate general</source>
        <translation>&amp;Direktorat Jenderal</translation>
    </message>
    <message>
        <source>&amp;Regional office (Kanwil)</source>
        <translation>Kantor &amp;Wilayah (Kanwil)</translation>
    </message>
    <message>
        <source>&amp;Unit name</source>
        <translation>&amp;Nama satuan kerja</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Surel</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Situs w&amp;eb</translation>
    </message>
    <message>
        <source>&amp;City (&quot;Dikeluarkan di&quot;)</source>
        <translation>K&amp;ota (&quot;Dikeluarkan di&quot;)</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Head of the unit (signatory)</source>
        <translation>Kepala satuan kerja (penanda tangan)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>Pangkat/&amp;golongan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>Ukuran ke&amp;rtas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Letterhead versions</source>
        <translation>Versi kop surat</translation>
    </message>
    <message>
        <source>When the ministry or an office is renamed, add the new names valid from the day they apply: a letter prints the names in force on its own date. The fields on the left are the latest version.</source>
        <translation>Bila kementerian atau kantor berganti nama, tambahkan nama baru yang berlaku mulai tanggalnya: surat mencetak nama yang berlaku pada tanggal surat itu. Isian di sebelah kiri adalah versi terbaru.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Kementerian</translation>
    </message>
    <message>
        <source>&amp;Add version…</source>
        <translation>Tam&amp;bah versi…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Remove &amp;version</source>
        <translation>&amp;Hapus versi</translation>
    </message>
    <message>
        <source>Remove letterhead version</source>
        <translation>Hapus versi kop surat</translation>
    </message>
    <message>
        <source>Remove the letterhead valid from {day}? Letters of those dates will print the version before it. Letters already issued keep what they were printed with.</source>
        <translation>Hapus kop surat yang berlaku mulai {day}? Surat bertanggal sejak itu akan mencetak versi sebelumnya. Surat yang sudah diterbitkan tetap seperti saat dicetak.</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>Add standing instruction</source>
        <translation>Tambah petunjuk pimpinan</translation>
    </message>
    <message>
        <source>e.g. Check the padlocks of Blok B every hour.</source>
        <translation>mis. Periksa gembok Blok B setiap jam.</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Petunjuk</translation>
    </message>
    <message>
        <source>e.g. Karutan, Ka KPR</source>
        <translation>mis. Karutan, Ka KPR</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>&amp;Berlaku mulai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KamtibLabels</name>
    <message>
        <source>minor</source>
        <translation>ringan</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>berat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Ditangani</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>pelaku</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>korban</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>saksi</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>pelapor</translation>
    </message>
    <message>
        <source>inmate</source>
        <translation>penghuni</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>outsider</source>
        <translation>orang luar</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <source>Incidental</source>
        <translation>Insidentil</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Data cable</source>
        <translation>Kabel data</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Narkoba</translation>
    </message>
    <message>
        <source>Sharp weapon</source>
        <translation>Senjata tajam</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
    <message>
        <source>Cigarettes, lighter</source>
        <translation>Rokok/korek api</translation>
    </message>
    <message>
        <source>Prohibited medicine</source>
        <translation>Obat terlarang</translation>
    </message>
    <message>
        <source>Liquor</source>
        <translation>Minuman keras</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Dimusnahkan</translation>
    </message>
    <message>
        <source>Handed to the police</source>
        <translation>Diserahkan kepada Polres</translation>
    </message>
    <message>
        <source>Patrol call (sambang)</source>
        <translation>Patroli sambang</translation>
    </message>
    <message>
        <source>Coordination visit</source>
        <translation>Kunjungan koordinasi</translation>
    </message>
    <message>
        <source>Surprise inspection</source>
        <translation>Inspeksi mendadak</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>Kunjungan lain</translation>
    </message>
</context>
<context>
    <name>KamtibPreview</name>
    <message>
        <source>Issued as number {number}.</source>
        <translation>Diterbitkan dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Print without a number. Issue it to give it its number in the register.</source>
        <translation>Cetakan tanpa nomor. Terbitkan untuk memberinya nomor dalam register.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Menyiapkan dokumen…</translation>
    </message>
    <message>
        <source>Daily report {day}</source>
        <translation>Laporan harian {day}</translation>
    </message>
    <message>
        <source>Monthly recap {month}</source>
        <translation>Rekapitulasi bulanan {month}</translation>
    </message>
    <message>
        <source>Berita acara of the search</source>
        <translation>Berita acara penggeledahan</translation>
    </message>
    <message>
        <source>Berita acara of the destruction</source>
        <translation>Berita acara pemusnahan</translation>
    </message>
</context>
<context>
    <name>KamtibSettingsDialog</name>
    <message>
        <source>Kamtib settings</source>
        <translation>Pengaturan kamtib</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>No longer offered for new incidents; those filed under it keep it</source>
        <translation>Tidak lagi ditawarkan untuk kejadian baru; kejadian yang sudah dicatat dengan jenis ini tetap memakainya</translation>
    </message>
    <message>
        <source>Kinds of incident</source>
        <translation>Jenis gangguan</translation>
    </message>
    <message>
        <source>Incident numbers</source>
        <translation>Penomoran laporan kejadian</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Pola</translation>
    </message>
    <message>
        <source>Next number, e.g.</source>
        <translation>Nomor berikutnya, mis.</translation>
    </message>
    <message>
        <source>{nomor:03d} the serial of the year, {bulan_romawi} the month in Roman numerals, {tahun} the year. Numbers already given stay as they are.</source>
        <translation>{nomor:03d} nomor urut dalam tahun, {bulan_romawi} bulan dalam angka Romawi, {tahun} tahun. Nomor yang sudah diberikan tetap seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Save pattern</source>
        <translation>&amp;Simpan pola</translation>
    </message>
    <message>
        <source>Inmates</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>The inmate list exported from SDP (register number, name, block) adds the inmates the records name and corrects their blocks.</source>
        <translation>Daftar warga binaan hasil ekspor SDP (nomor registrasi, nama, blok) menambahkan warga binaan yang disebut dalam catatan dan membetulkan bloknya.</translation>
    </message>
    <message>
        <source>&amp;Import inmate list…</source>
        <translation>&amp;Impor daftar warga binaan…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Aktifkan &amp;kembali</translation>
    </message>
</context>
<context>
    <name>KamtibSetup</name>
    <message>
        <source>No staff recorded yet: the form names an officer of the Rutan.</source>
        <translation>Belum ada pegawai yang dicatat: formulir ini menyebut seorang petugas Rutan.</translation>
    </message>
    <message>
        <source>Import staff from Excel…</source>
        <translation>Impor pegawai dari Excel…</translation>
    </message>
    <message>
        <source>No blocks are set up yet: places are chosen from the blocks of the handover settings (another place can still be typed).</source>
        <translation>Belum ada blok yang diatur: tempat dipilih dari blok pada pengaturan serah terima (tempat lain tetap dapat diketik).</translation>
    </message>
    <message>
        <source>Set up the blocks…</source>
        <translation>Atur blok…</translation>
    </message>
</context>
<context>
    <name>KamtibTab</name>
    <message>
        <source>Incidents</source>
        <translation>Gangguan kamtib</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Penggeledahan</translation>
    </message>
    <message>
        <source>Patrol visits</source>
        <translation>Kunjungan patroli</translation>
    </message>
    <message>
        <source>Recap and charts</source>
        <translation>Rekapitulasi dan grafik</translation>
    </message>
</context>
<context>
    <name>KeptFiles</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Add a photo or a scan: PDF, PNG or JPG (Insert)</source>
        <translation>Tambahkan foto atau pindaian: PDF, PNG atau JPG (Insert)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Tampilkan berkas yang dipilih</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Tambah berkas</translation>
    </message>
    <message>
        <source>Photos and scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Foto dan pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LetterheadVersionDialog</name>
    <message>
        <source>Edit letterhead version</source>
        <translation>Ubah versi kop surat</translation>
    </message>
    <message>
        <source>Add letterhead version</source>
        <translation>Tambah versi kop surat</translation>
    </message>
    <message>
        <source>&amp;Valid from</source>
        <translation>&amp;Berlaku mulai</translation>
    </message>
    <message>
        <source>&amp;Ministry</source>
        <translation>&amp;Kementerian</translation>
    </message>
    <message>
        <source>&amp;Directorate general</source>
        <translation>&amp;Direktorat Jenderal</translation>
    </message>
    <message>
        <source>&amp;Regional office (Kanwil)</source>
        <translation>Kantor &amp;Wilayah (Kanwil)</translation>
    </message>
    <message>
        <source>&amp;Unit name</source>
        <translation>&amp;Nama satuan kerja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This letterhead version was removed on another computer.</source>
        <translation>Versi kop surat ini sudah dihapus di komputer lain.</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <source>Add a line (Insert)</source>
        <translation>Tambah baris (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the chosen line (Delete)</source>
        <translation>Hapus baris yang dipilih (Delete)</translation>
    </message>
</context>
<context>
    <name>LogoPreview</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — DEMO</source>
        <extracomment>The signed-in person leaves the PC to the next one (the session closes this window). Cover the window until its person signs in again.</extracomment>
        <translation>{app} — DEMO</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Basis data: {location}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Masuk sebagai: {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Buat &amp;cadangan sekarang</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Cadangan dan &amp;pemulihan…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ubah kata &amp;sandi…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>Kunci &amp;layar</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Ganti pengguna…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Institution profile…</source>
        <translation>&amp;Profil Satuan Kerja…</translation>
    </message>
    <message>
        <source>Letter &amp;numbers…</source>
        <translation>Penomoran &amp;surat…</translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation>&amp;Akun dan peran…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;First-day assistant…</source>
        <translation>Asisten &amp;hari pertama…</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Panduan…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Jejak &amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Check audit trail</source>
        <translation>Periksa &amp;jejak audit</translation>
    </message>
    <message>
        <source>Check a printed c&amp;ode…</source>
        <translation>Periksa &amp;kode dokumen…</translation>
    </message>
    <message>
        <source>&amp;About Rutan Desk</source>
        <translation>&amp;Tentang Rutan Desk</translation>
    </message>
    <message>
        <source>Agreements: {expiring} ending within {days} days, {overdue} obligations and {follow_ups} follow-ups overdue.</source>
        <translation>Kerja sama: {expiring} perjanjian berakhir dalam {days} hari, {overdue} kewajiban dan {follow_ups} tindak lanjut terlambat.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <source>This database is on a shared server; it is backed up by the server&apos;s administrator.</source>
        <translation>Basis data ini ada di server bersama; pencadangannya dilakukan oleh pengelola server.</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>Cadangan tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
    <message>
        <source>The database was copied and checked:
{path}</source>
        <translation>Basis data telah disalin dan diperiksa:
{path}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used the next time Rutan Desk starts.</source>
        <translation>Bahasa baru dipakai saat Rutan Desk dibuka lagi.</translation>
    </message>
    <message>
        <source>About Rutan Desk</source>
        <translation>Tentang Rutan Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The desk application of the security unit (KPR) of a detention centre. It works without a network.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Logs: {logs}</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Aplikasi meja kerja Kesatuan Pengamanan Rutan (KPR). Bekerja tanpa jaringan.&lt;br&gt;&lt;br&gt;Basis data: {database}&lt;br&gt;Log: {logs}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member to {regu}</source>
        <translation>Tambah anggota {regu}</translation>
    </message>
    <message>
        <source>Type to search a name</source>
        <translation>Ketik untuk mencari nama</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personel</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari tanggal</translation>
    </message>
    <message>
        <source>Only active own staff who are in no regu now are listed.</source>
        <translation>Hanya pegawai aktif yang saat ini belum masuk regu yang ditampilkan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter the 18-digit NIP.</source>
        <translation>Isi NIP 18 digit.</translation>
    </message>
    <message>
        <source>A NIP has digits only.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this one has {length}.</source>
        <translation>NIP terdiri dari 18 digit; yang diisi {length} digit.</translation>
    </message>
    <message>
        <source>The first 8 digits ({text}) must be a birth date YYYYMMDD.</source>
        <translation>8 digit pertama ({text}) harus tanggal lahir TTTTBBHH.</translation>
    </message>
    <message>
        <source>The birth date in the NIP ({date}) is not plausible.</source>
        <translation>Tanggal lahir dalam NIP ({date}) tidak masuk akal.</translation>
    </message>
    <message>
        <source>Digits 9-14 ({text}) must be the month of appointment YYYYMM.</source>
        <translation>Digit 9–14 ({text}) harus bulan pengangkatan TTTTBB.</translation>
    </message>
    <message>
        <source>The month of appointment in the NIP ({month:02d}/{year}) is in the future.</source>
        <translation>Bulan pengangkatan dalam NIP ({month:02d}/{year}) belum terjadi.</translation>
    </message>
    <message>
        <source>The month of appointment ({month:02d}/{year}) is before the age of {min_age}.</source>
        <translation>Bulan pengangkatan ({month:02d}/{year}) sebelum usia {min_age} tahun.</translation>
    </message>
    <message>
        <source>Digit 15 must be 1 (man) or 2 (woman), not {digit}.</source>
        <translation>Digit ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.</translation>
    </message>
    <message>
        <source>The last 3 digits (serial) cannot be 000.</source>
        <translation>3 digit terakhir (nomor urut) tidak boleh 000.</translation>
    </message>
    <message>
        <source>This NIP is already registered for {name}.</source>
        <translation>NIP ini sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>Enter the 8-digit NRP.</source>
        <translation>Isi NRP 8 digit.</translation>
    </message>
    <message>
        <source>An NRP has digits only.</source>
        <translation>NRP hanya berisi angka.</translation>
    </message>
    <message>
        <source>An NRP has 8 digits; this one has {length}.</source>
        <translation>NRP terdiri dari 8 digit; yang diisi {length} digit.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Isi nama.</translation>
    </message>
    <message>
        <source>A name needs letters.</source>
        <translation>Nama harus berisi huruf.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (pasted from another program?): type it again.</source>
        <translation>Teks ini memuat karakter kendali yang tidak terlihat (hasil tempel dari program lain?): ketik ulang.</translation>
    </message>
    <message>
        <source>Choose the rank (pangkat/golongan).</source>
        <translation>Pilih pangkat/golongan.</translation>
    </message>
    <message>
        <source>Unknown rank: {text}.</source>
        <translation>Pangkat tidak dikenal: {text}.</translation>
    </message>
    <message>
        <source>Enter the position (jabatan).</source>
        <translation>Isi jabatan.</translation>
    </message>
    <message>
        <source>Enter the unit.</source>
        <translation>Isi unit kerja.</translation>
    </message>
    <message>
        <source>Enter the agency, e.g. Polres Blora.</source>
        <translation>Isi instansi, misalnya Polres Blora.</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>Pilih jenis kelamin.</translation>
    </message>
    <message>
        <source>Enter the rank.</source>
        <translation>Isi pangkat.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 20 digits, e.g. 081234567890.</source>
        <translation>Nomor telepon terdiri dari 8 sampai 20 digit, misalnya 081234567890.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Isi tanggal.</translation>
    </message>
    <message>
        <source>This date is before the birth date in the NIP.</source>
        <translation>Tanggal ini sebelum tanggal lahir dalam NIP.</translation>
    </message>
    <message>
        <source>Choose the kind of identity number.</source>
        <translation>Pilih jenis nomor identitas.</translation>
    </message>
    <message>
        <source>Enter the identity number.</source>
        <translation>Isi nomor identitas.</translation>
    </message>
    <message>
        <source>This number is already registered for {name}.</source>
        <translation>Nomor ini sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ini bukan alamat surel.</translation>
    </message>
    <message>
        <source>{name} is retired as a partner: restore it first to name it again.</source>
        <translation>{name} sudah dinonaktifkan sebagai mitra: aktifkan kembali terlebih dahulu untuk menyebutnya lagi.</translation>
    </message>
    <message>
        <source>The logo may be at most {max_kb} KB.</source>
        <translation>Ukuran logo paling besar {max_kb} KB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPG image.</source>
        <translation>Logo harus gambar PNG atau JPG.</translation>
    </message>
    <message>
        <source>The logo image is too big: at most {max_side} pixels on each side. Scale it down first.</source>
        <translation>Gambar logo terlalu besar: paling banyak {max_side} piksel tiap sisi. Perkecil dulu gambarnya.</translation>
    </message>
    <message>
        <source>Another letterhead version is already valid from {day}.</source>
        <translation>Sudah ada versi kop surat yang berlaku mulai {day}.</translation>
    </message>
    <message>
        <source>The name {name} is already in use.</source>
        <translation>Nama {name} sudah dipakai.</translation>
    </message>
    <message>
        <source>{name} is still a member of {regu}; end that membership first.</source>
        <translation>{name} masih anggota {regu}; akhiri dulu keanggotaan itu.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Tanggal selesai sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>A minimum cannot be negative.</source>
        <translation>Jumlah minimum tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Enter the shift codes of the cycle, e.g. P S M L.</source>
        <translation>Isi kode dinas siklusnya, misalnya P S M L.</translation>
    </message>
    <message>
        <source>Unknown shift code: {text}.</source>
        <translation>Kode dinas tidak dikenal: {text}.</translation>
    </message>
    <message>
        <source>A code is 1 to 4 letters or digits, starting with a letter.</source>
        <translation>Kode terdiri dari 1 sampai 4 huruf atau angka, diawali huruf.</translation>
    </message>
    <message>
        <source>Give both the start and the end, or neither (a code without duty).</source>
        <translation>Isi jam mulai dan jam selesai, atau kosongkan keduanya (kode tanpa dinas).</translation>
    </message>
    <message>
        <source>The end cannot be the start.</source>
        <translation>Jam selesai tidak boleh sama dengan jam mulai.</translation>
    </message>
    <message>
        <source>The code {code} is used in the roster and cannot be renamed.</source>
        <translation>Kode {code} sudah dipakai di jadwal dan tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Choose a colour like #a0c4ff.</source>
        <translation>Pilih warna seperti #a0c4ff.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Isi angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>No more than {max} lines.</source>
        <translation>Paling banyak {max} baris.</translation>
    </message>
    <message>
        <source>A cycle holds at most {max} shift codes.</source>
        <translation>Satu siklus paling banyak {max} kode jaga.</translation>
    </message>
    <message>
        <source>The number pattern cannot be read; check the braces {{ }}.</source>
        <translation>Pola nomor tidak dapat dibaca; periksa tanda kurung kurawal {{ }}.</translation>
    </message>
    <message>
        <source>Unknown field {{{text}}}: use nomor, tahun, bulan or bulan_romawi.</source>
        <translation>Isian {{{text}}} tidak dikenal: gunakan nomor, tahun, bulan atau bulan_romawi.</translation>
    </message>
    <message>
        <source>The pattern needs the serial, e.g. {{nomor:04d}}.</source>
        <translation>Pola memerlukan nomor urut, mis. {{nomor:04d}}.</translation>
    </message>
    <message>
        <source>One order covers at most {days} days; make one per month.</source>
        <translation>Satu surat perintah paling lama {days} hari; buat satu surat per bulan.</translation>
    </message>
    <message>
        <source>Choose at least one shift.</source>
        <translation>Pilih paling sedikit satu dinas.</translation>
    </message>
    <message>
        <source>Write at least one task (Untuk).</source>
        <translation>Tulis paling sedikit satu tugas (Untuk).</translation>
    </message>
    <message>
        <source>Choose who signs as Plh. or on behalf (a.n.) of the head.</source>
        <translation>Pilih siapa yang menandatangani sebagai Plh. atau atas nama (a.n.) kepala.</translation>
    </message>
    <message>
        <source>{day} has passed: the roster of that day is history. Correct it by hand with a reason.</source>
        <translation>{day} sudah lewat: jadwal hari itu sudah menjadi riwayat. Koreksi dengan tangan disertai alasan.</translation>
    </message>
    <message>
        <source>A shift of {day} has been handed over: the roster of that day is history. Correct it by hand with a reason.</source>
        <translation>Dinas tanggal {day} sudah diserahterimakan: jadwal hari itu sudah menjadi riwayat. Koreksi dengan tangan disertai alasan.</translation>
    </message>
    <message>
        <source>An issued duty order covers {day}: the roster of that day is history. Correct it by hand with a reason.</source>
        <translation>Sudah ada surat perintah terbit untuk {day}: jadwal hari itu sudah menjadi riwayat. Koreksi dengan tangan disertai alasan.</translation>
    </message>
    <message>
        <source>In this pattern {shift} and {other} overlap: one person cannot work both.</source>
        <translation>Dalam pola ini {shift} dan {other} bertumpang tindih: satu orang tidak dapat menjalani keduanya.</translation>
    </message>
    <message>
        <source>In this pattern {shift} starts only {hours} hours after the night shift {other}; the rest after a night is at least {minimum} hours (Pengaturan jadwal).</source>
        <translation>Dalam pola ini {shift} dimulai hanya {hours} jam setelah dinas malam {other}; istirahat setelah dinas malam minimal {minimum} jam (Pengaturan jadwal).</translation>
    </message>
    <message>
        <source>In this pattern {shift} starts only {hours} hours after {other}; the rest between two shifts is at least {minimum} hours (Pengaturan jadwal).</source>
        <translation>Dalam pola ini {shift} dimulai hanya {hours} jam setelah {other}; istirahat di antara dua dinas minimal {minimum} jam (Pengaturan jadwal).</translation>
    </message>
    <message>
        <source>In this pattern {other} and {shift} make {hours} hours of duty in a row; at most {maximum} are allowed (Pengaturan jadwal).</source>
        <translation>Dalam pola ini {other} dan {shift} menjadi {hours} jam dinas berturut-turut; paling lama {maximum} jam (Pengaturan jadwal).</translation>
    </message>
    <message>
        <source>Nobody is on these shifts in this period; fill the roster first.</source>
        <translation>Tidak ada petugas pada dinas ini dalam periode tersebut; isi jadwal jaga lebih dahulu.</translation>
    </message>
    <message>
        <source>The report gets its number once the incoming Karupam has received.</source>
        <translation>Laporan mendapat nomor setelah Karupam regu masuk menerima.</translation>
    </message>
    <message>
        <source>The report of this handover has already been issued; open it in the register.</source>
        <translation>Laporan serah terima ini sudah terbit; bukalah di Register Surat.</translation>
    </message>
    <message>
        <source>Choose another person to swap with.</source>
        <translation>Pilih orang lain untuk bertukar jaga.</translation>
    </message>
    <message>
        <source>Neither of the two has anything to swap.</source>
        <translation>Keduanya tidak memiliki jadwal untuk ditukar.</translation>
    </message>
    <message>
        <source>{name} is not a current member of {regu}; add them to the regu first.</source>
        <translation>{name} saat ini bukan anggota {regu}; tambahkan dulu sebagai anggota regu.</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Pilih personel dari daftar.</translation>
    </message>
    <message>
        <source>Every regu needs at least one member: {regu}.</source>
        <translation>Setiap regu memerlukan sedikitnya satu anggota: {regu}.</translation>
    </message>
    <message>
        <source>This scheme needs {needed} regu; there are {count}.</source>
        <translation>Pola ini memerlukan {needed} regu; yang ada {count}.</translation>
    </message>
    <message>
        <source>At least one post must be manned on a shift.</source>
        <translation>Sedikitnya satu pos harus dijaga pada suatu dinas.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Angka tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A firearm needs its serial number.</source>
        <translation>Senjata api wajib diisi nomor serinya.</translation>
    </message>
    <message>
        <source>This serial number is already used by {name}.</source>
        <translation>Nomor seri ini sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>{name} still has {count} inmates in the latest count; move them first.</source>
        <translation>{name} masih berisi {count} penghuni pada hitungan terakhir; pindahkan lebih dahulu.</translation>
    </message>
    <message>
        <source>This instruction has already been removed.</source>
        <translation>Petunjuk ini sudah dicabut.</translation>
    </message>
    <message>
        <source>{code} is not a working shift (it has no hours).</source>
        <translation>{code} bukan dinas jaga (tidak memiliki jam).</translation>
    </message>
    <message>
        <source>There is already a handover for this shift change.</source>
        <translation>Sudah ada serah terima untuk pergantian dinas ini.</translation>
    </message>
    <message>
        <source>This handover has been received and is locked; write an addendum to correct it.</source>
        <translation>Serah terima ini sudah diterima dan terkunci; buat addendum untuk mengoreksinya.</translation>
    </message>
    <message>
        <source>An addendum is only for a received handover; this one can still be edited.</source>
        <translation>Addendum hanya untuk serah terima yang sudah diterima; yang ini masih dapat diubah.</translation>
    </message>
    <message>
        <source>The previous handover ({day}, {shift}) is not signed: give the reason to start anyway.</source>
        <translation>Serah terima sebelumnya ({day}, {shift}) belum ditandatangani: isi alasan untuk tetap memulai.</translation>
    </message>
    <message>
        <source>Enter the number counted for {block}, {category}.</source>
        <translation>Isi hasil hitung untuk {block}, {category}.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A number here may be at most {high}: check what was typed.</source>
        <translation>Angka di sini paling besar {high}: periksa yang diketik.</translation>
    </message>
    <message>
        <source>This line is entered twice.</source>
        <translation>Baris ini diisi dua kali.</translation>
    </message>
    <message>
        <source>A movement needs a number of people above zero.</source>
        <translation>Mutasi harus berjumlah lebih dari nol orang.</translation>
    </message>
    <message>
        <source>This reason does not fit the direction (in or out).</source>
        <translation>Alasan ini tidak sesuai dengan arahnya (masuk atau keluar).</translation>
    </message>
    <message>
        <source>At {time}, {count} would leave {block}, {category}, but only {present} were there.</source>
        <translation>Pukul {time}, {count} orang keluar dari {block}, {category}, padahal hanya ada {present}.</translation>
    </message>
    <message>
        <source>{time} is outside the {shift} shift.</source>
        <translation>Pukul {time} di luar dinas {shift}.</translation>
    </message>
    <message>
        <source>The count differs from the expected number: explain the difference.</source>
        <translation>Hasil hitung berbeda dari jumlah seharusnya: jelaskan selisihnya.</translation>
    </message>
    <message>
        <source>{name} has not been checked.</source>
        <translation>{name} belum diperiksa.</translation>
    </message>
    <message>
        <source>Give the reason why {name} is absent.</source>
        <translation>Isi alasan {name} tidak hadir.</translation>
    </message>
    <message>
        <source>Sign in this order: the outgoing Karupam, the incoming Karupam, then the Ka KPR.</source>
        <translation>Tanda tangan berurutan: Karupam regu keluar, Karupam regu masuk, lalu Ka KPR.</translation>
    </message>
    <message>
        <source>This person has already signed this handover on another side.</source>
        <translation>Orang ini sudah menandatangani serah terima ini pada pihak lain.</translation>
    </message>
    <message>
        <source>The signature cannot be before the start of the outgoing shift.</source>
        <translation>Tanda tangan tidak boleh sebelum dinas regu keluar dimulai.</translation>
    </message>
    <message>
        <source>The signature cannot be earlier than the one before it.</source>
        <translation>Tanda tangan tidak boleh lebih awal dari tanda tangan sebelumnya.</translation>
    </message>
    <message>
        <source>Firearm {name} is missing ({quantity} of {expected}): record an incident.</source>
        <translation>Senjata api {name} kurang ({quantity} dari {expected}): catat sebagai kejadian.</translation>
    </message>
    <message>
        <source>Ammunition {name}: {quantity} of {expected}. Record an incident.</source>
        <translation>Amunisi {name}: {quantity} dari {expected}. Catat sebagai kejadian.</translation>
    </message>
    <message>
        <source>{name}: {quantity} of {expected} present.</source>
        <translation>{name}: ada {quantity} dari {expected}.</translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation>{name} rusak.</translation>
    </message>
    <message>
        <source>{name} is marked damaged: say how many are damaged (1 to {quantity}).</source>
        <translation>{name} ditandai rusak: isi berapa yang rusak (1 sampai {quantity}).</translation>
    </message>
    <message>
        <source>An addendum is written in a person&apos;s name: sign in with your own account.</source>
        <translation>Catatan tambahan ditulis atas nama seseorang: masuk dengan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>A login is 3 to 32 small letters, digits, dots, dashes or underscores, e.g. budi.s.</source>
        <translation>Nama pengguna terdiri dari 3 sampai 32 huruf kecil, angka, titik, tanda hubung, atau garis bawah, misalnya budi.s.</translation>
    </message>
    <message>
        <source>A password has at least {min} characters.</source>
        <translation>Kata sandi paling sedikit {min} karakter.</translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>Too simple: use at least 4 different characters.</source>
        <translation>Terlalu sederhana: gunakan paling sedikit 4 karakter yang berbeda.</translation>
    </message>
    <message>
        <source>This is not the current password.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation>Pilih kata sandi yang berbeda dari kata sandi lama.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Akun ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in with one of them.</source>
        <translation>Basis data ini sudah memiliki akun: masuklah dengan salah satu akun tersebut.</translation>
    </message>
    <message>
        <source>The Administrator always keeps the management of accounts.</source>
        <translation>Administrator selalu memegang pengelolaan akun.</translation>
    </message>
    <message>
        <source>You can sign only as yourself. For a signature given on paper, record it as such.</source>
        <translation>Anda hanya dapat menandatangani atas nama Anda sendiri. Tanda tangan yang diberikan di atas kertas dicatat sebagai tanda tangan di atas kertas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>Choose the scan of the signed page.</source>
        <translation>Pilih pindaian halaman yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The kept file no longer matches the SHA-256 it was kept with: it has been changed or damaged. Restore it from a backup.</source>
        <translation>Berkas yang tersimpan tidak lagi cocok dengan SHA-256 saat disimpan: berkas telah diubah atau rusak. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The file may be at most {max_mb} MB.</source>
        <translation>Ukuran berkas paling besar {max_mb} MB.</translation>
    </message>
    <message>
        <source>Choose a scan: a PDF, PNG or JPG file.</source>
        <translation>Pilih pindaian: berkas PDF, PNG, atau JPG.</translation>
    </message>
    <message>
        <source>The day of the server&apos;s backup cannot be after today.</source>
        <translation>Tanggal pencadangan di server tidak boleh setelah hari ini.</translation>
    </message>
    <message>
        <source>The login {login} is already in use.</source>
        <translation>Nama pengguna {login} sudah dipakai.</translation>
    </message>
    <message>
        <source>This is the last active Administrator: make another one first.</source>
        <translation>Ini Administrator aktif yang terakhir: buat Administrator lain lebih dahulu.</translation>
    </message>
    <message>
        <source>Enter the register number, e.g. A.II/123/2026.</source>
        <translation>Isi nomor register, mis. A.II/123/2026.</translation>
    </message>
    <message>
        <source>A register number is written like A.II/123/2026 or B.I/45/2025.</source>
        <translation>Nomor register ditulis seperti A.II/123/2026 atau B.I/45/2025.</translation>
    </message>
    <message>
        <source>Unknown category {text}: use A.I to A.V, B.I, B.IIa, B.IIb or B.III.</source>
        <translation>Kategori {text} tidak dikenal: gunakan A.I sampai A.V, B.I, B.IIa, B.IIb atau B.III.</translation>
    </message>
    <message>
        <source>The serial of a register number is a number from 1 to {max}.</source>
        <translation>Nomor urut pada nomor register berupa angka 1 sampai {max}.</translation>
    </message>
    <message>
        <source>The year of a register number is from {low} to {high}.</source>
        <translation>Tahun pada nomor register antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>This register number is already recorded for {name}.</source>
        <translation>Nomor register ini sudah tercatat atas nama {name}.</translation>
    </message>
    <message>
        <source>This date is after today ({today}).</source>
        <translation>Tanggal ini melewati hari ini ({today}).</translation>
    </message>
    <message>
        <source>The date out is before the date in ({admitted_on}).</source>
        <translation>Tanggal keluar sebelum tanggal masuk ({admitted_on}).</translation>
    </message>
    <message>
        <source>Choose another record: a record cannot be merged into itself.</source>
        <translation>Pilih data lain: data tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Both records are named in the same entry of {record}: remove one of them there first.</source>
        <translation>Kedua data disebut pada entri {record} yang sama: hapus salah satunya di sana lebih dulu.</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>Isi tanggal dan jam.</translation>
    </message>
    <message>
        <source>This time is later than now.</source>
        <translation>Waktu ini melewati saat ini.</translation>
    </message>
    <message>
        <source>It cannot have been reported before it happened.</source>
        <translation>Tidak mungkin dilaporkan sebelum terjadi.</translation>
    </message>
    <message>
        <source>An incident that is {current} cannot become {target}.</source>
        <translation>Kejadian berstatus {current} tidak dapat menjadi {target}.</translation>
    </message>
    <message>
        <source>Only a finished incident can be reopened.</source>
        <translation>Hanya kejadian yang sudah selesai yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Write why the incident is reopened.</source>
        <translation>Tulis alasan kejadian dibuka kembali.</translation>
    </message>
    <message>
        <source>Choose the kind of incident.</source>
        <translation>Pilih jenis gangguan.</translation>
    </message>
    <message>
        <source>The kind {name} is no longer used: choose another.</source>
        <translation>Jenis {name} sudah tidak dipakai: pilih jenis lain.</translation>
    </message>
    <message>
        <source>Choose the block, or write the place where it happened.</source>
        <translation>Pilih blok, atau tulis tempat kejadiannya.</translation>
    </message>
    <message>
        <source>A record this refers to has been removed: choose it again.</source>
        <translation>Data yang dirujuk sudah dihapus: pilih kembali.</translation>
    </message>
    <message>
        <source>A person chosen here is no longer in the registry: choose again.</source>
        <translation>Orang yang dipilih sudah tidak ada dalam daftar: pilih kembali.</translation>
    </message>
    <message>
        <source>Write the name of the person from outside.</source>
        <translation>Tulis nama orang dari luar.</translation>
    </message>
    <message>
        <source>This time is before the incident happened.</source>
        <translation>Waktu ini sebelum kejadian terjadi.</translation>
    </message>
    <message>
        <source>The quantity is at least 1.</source>
        <translation>Jumlah paling sedikit 1.</translation>
    </message>
    <message>
        <source>The report is approved and locked: add a supplement for new facts.</source>
        <translation>Laporan sudah disetujui dan terkunci: tambahkan suplemen untuk fakta baru.</translation>
    </message>
    <message>
        <source>The incident is finished: reopen it, with the reason, to change it.</source>
        <translation>Kejadian sudah selesai: buka kembali, dengan alasannya, untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Write the chronology before the incident is reported.</source>
        <translation>Tulis kronologi sebelum kejadian dilaporkan.</translation>
    </message>
    <message>
        <source>The report has already been approved.</source>
        <translation>Laporan sudah disetujui.</translation>
    </message>
    <message>
        <source>A draft is reported before it is approved.</source>
        <translation>Draf dilaporkan dulu sebelum disetujui.</translation>
    </message>
    <message>
        <source>The approval cannot be earlier than the report.</source>
        <translation>Persetujuan tidak boleh lebih awal dari laporan.</translation>
    </message>
    <message>
        <source>Supplements are for an approved report: until then, edit the report.</source>
        <translation>Suplemen untuk laporan yang sudah disetujui: sebelum itu, ubah laporannya.</translation>
    </message>
    <message>
        <source>The handover has no missing firearm, ammunition or other item to report.</source>
        <translation>Serah terima ini tidak mencatat senjata api, amunisi, atau barang lain yang kurang untuk dilaporkan.</translation>
    </message>
    <message>
        <source>This is earlier than the last holder of the item.</source>
        <translation>Waktu ini lebih awal dari pemegang terakhir barang ini.</translation>
    </message>
    <message>
        <source>The report gets its number once the incident is approved.</source>
        <translation>Laporan mendapat nomor setelah kejadian disetujui.</translation>
    </message>
    <message>
        <source>The report of this incident has already been issued; open it in the register.</source>
        <translation>Laporan kejadian ini sudah terbit; bukalah di Register Surat.</translation>
    </message>
    <message>
        <source>The daily report of this day has already been issued; open it in the register (cancel it there to issue a corrected one).</source>
        <translation>Laporan harian tanggal ini sudah diterbitkan; buka di register (batalkan di sana untuk menerbitkan perbaikannya).</translation>
    </message>
    <message>
        <source>The recap of this month has already been issued; open it in the register (cancel it there to issue a corrected one).</source>
        <translation>Rekapitulasi bulan ini sudah diterbitkan; buka di register (batalkan di sana untuk menerbitkan perbaikannya).</translation>
    </message>
    <message>
        <source>The berita acara of this search has already been issued; open it in the register.</source>
        <translation>Berita acara penggeledahan ini sudah diterbitkan; buka di register.</translation>
    </message>
    <message>
        <source>Choose the findings that were destroyed together.</source>
        <translation>Pilih temuan yang dimusnahkan bersama.</translation>
    </message>
    <message>
        <source>Enter the date and time the search began.</source>
        <translation>Isi tanggal dan jam penggeledahan dimulai.</translation>
    </message>
    <message>
        <source>A search lasts at most {hours} hours: check the dates.</source>
        <translation>Penggeledahan paling lama {hours} jam: periksa tanggalnya.</translation>
    </message>
    <message>
        <source>Add at least one block, room or place that was searched.</source>
        <translation>Tambahkan paling sedikit satu blok, kamar atau tempat yang digeledah.</translation>
    </message>
    <message>
        <source>Choose the block, or write the place.</source>
        <translation>Pilih blok, atau tulis tempatnya.</translation>
    </message>
    <message>
        <source>Write the officer&apos;s name, or choose them from the registry.</source>
        <translation>Tulis nama petugas, atau pilih dari daftar.</translation>
    </message>
    <message>
        <source>Choose the kind of item from the list.</source>
        <translation>Pilih jenis barang dari daftar.</translation>
    </message>
    <message>
        <source>Describe the item found.</source>
        <translation>Uraikan barang yang ditemukan.</translation>
    </message>
    <message>
        <source>Enter the date the item was destroyed or handed over.</source>
        <translation>Isi tanggal barang dimusnahkan atau diserahkan.</translation>
    </message>
    <message>
        <source>Enter the number of the berita acara of the destruction.</source>
        <translation>Isi nomor berita acara pemusnahan.</translation>
    </message>
    <message>
        <source>Write to whom the item was handed over.</source>
        <translation>Tulis kepada siapa barang diserahkan.</translation>
    </message>
    <message>
        <source>This date is before the search ({day}).</source>
        <translation>Tanggal ini sebelum penggeledahan ({day}).</translation>
    </message>
    <message>
        <source>The item is already recorded as {fate}: correct it in the search itself.</source>
        <translation>Barang ini sudah tercatat sebagai {fate}: koreksi pada data penggeledahannya.</translation>
    </message>
    <message>
        <source>This finding has already opened incident {number}.</source>
        <translation>Temuan ini sudah dicatat sebagai kejadian {number}.</translation>
    </message>
    <message>
        <source>A finding that opened incident {number} cannot be removed.</source>
        <translation>Temuan yang sudah dicatat sebagai kejadian {number} tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>A finding of this search opened incident {number}: it cannot be deleted.</source>
        <translation>Salah satu temuan penggeledahan ini sudah dicatat sebagai kejadian {number}: penggeledahan ini tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The kind of incident &quot;{name}&quot; is not in use: add it in the settings first.</source>
        <translation>Jenis gangguan &quot;{name}&quot; tidak sedang dipakai: tambahkan lebih dahulu di pengaturan.</translation>
    </message>
    <message>
        <source>Enter the date and time the visitors arrived.</source>
        <translation>Isi tanggal dan jam kedatangan.</translation>
    </message>
    <message>
        <source>A visit lasts at most {hours} hours: check the dates.</source>
        <translation>Kunjungan paling lama {hours} jam: periksa tanggalnya.</translation>
    </message>
    <message>
        <source>Enter the last valid day, or tick &quot;until revoked&quot;.</source>
        <translation>Isi hari terakhir berlaku, atau centang &quot;sampai dicabut&quot;.</translation>
    </message>
    <message>
        <source>An agreement &quot;until revoked&quot; has no last day: clear the date.</source>
        <translation>Perjanjian &quot;sampai dicabut&quot; tidak memiliki hari terakhir: kosongkan tanggalnya.</translation>
    </message>
    <message>
        <source>An agreement has the Rutan and at least one partner as parties.</source>
        <translation>Perjanjian memiliki Rutan dan sekurang-kurangnya satu mitra sebagai para pihak.</translation>
    </message>
    <message>
        <source>Party {row} has no document number: only a draft may be saved without it.</source>
        <translation>Pihak {row} belum memiliki nomor dokumen: hanya konsep yang boleh disimpan tanpa nomor.</translation>
    </message>
    <message>
        <source>Choose the agreement this addendum amends.</source>
        <translation>Pilih perjanjian yang diubah oleh adendum ini.</translation>
    </message>
    <message>
        <source>An agreement cannot fall under itself: choose another parent agreement.</source>
        <translation>Perjanjian tidak dapat menjadi induk dirinya sendiri: pilih perjanjian induk lain.</translation>
    </message>
    <message>
        <source>A draft is not revoked: delete it instead.</source>
        <translation>Konsep tidak dicabut: hapus saja.</translation>
    </message>
    <message>
        <source>This agreement is already revoked.</source>
        <translation>Perjanjian ini sudah dicabut.</translation>
    </message>
    <message>
        <source>This date is before the agreement was signed ({day}).</source>
        <translation>Tanggal ini sebelum perjanjian ditandatangani ({day}).</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; a finalised agreement is revoked.</source>
        <translation>Hanya konsep yang dapat dihapus; perjanjian yang sudah disahkan dicabut.</translation>
    </message>
    <message>
        <source>Other agreements or coordination entries refer to this draft: it cannot be deleted.</source>
        <translation>Perjanjian atau catatan koordinasi lain merujuk konsep ini: konsep tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Finalise the agreement first: a draft is not renewed or amended.</source>
        <translation>Sahkan perjanjian terlebih dahulu: konsep tidak diperpanjang atau diubah.</translation>
    </message>
    <message>
        <source>This agreement was revoked on {day}: it is not renewed or amended.</source>
        <translation>Perjanjian ini dicabut pada {day}: tidak diperpanjang atau diubah.</translation>
    </message>
    <message>
        <source>This agreement already has its renewal: &quot;{title}&quot;.</source>
        <translation>Perjanjian ini sudah memiliki perpanjangan: &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>An addendum is not renewed on its own: renew the agreement it amends.</source>
        <translation>Adendum tidak diperpanjang sendiri: perpanjang perjanjian yang diubahnya.</translation>
    </message>
    <message>
        <source>Amend the agreement itself, not its addendum.</source>
        <translation>Ubah perjanjiannya sendiri, bukan adendumnya.</translation>
    </message>
    <message>
        <source>A one-off obligation needs its due date.</source>
        <translation>Kewajiban sekali laksana memerlukan tenggat.</translation>
    </message>
    <message>
        <source>Choose the partner responsible.</source>
        <translation>Pilih mitra yang bertanggung jawab.</translation>
    </message>
    <message>
        <source>This partner is not a party to the agreement.</source>
        <translation>Mitra ini bukan pihak dalam perjanjian.</translation>
    </message>
    <message>
        <source>A renewal carried this obligation over: it stays on this agreement as its history.</source>
        <translation>Kewajiban ini sudah dibawa ke perpanjangan: tetap pada perjanjian ini sebagai riwayatnya.</translation>
    </message>
    <message>
        <source>Write a note, attach a file or choose a patrol visit as the evidence.</source>
        <translation>Tulis catatan, lampirkan berkas atau pilih kunjungan patroli sebagai bukti.</translation>
    </message>
    <message>
        <source>Choose at least one partner the meeting was with.</source>
        <translation>Pilih sekurang-kurangnya satu mitra yang ditemui.</translation>
    </message>
    <message>
        <source>The character {char} cannot be part of this number: type it with ordinary letters and digits.</source>
        <translation>Karakter {char} tidak boleh ada dalam nomor ini: ketik dengan huruf dan angka biasa.</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) or a .csv file, not {suffix}.</source>
        <translation>Pilih berkas Excel (.xlsx) atau berkas .csv, bukan {suffix}.</translation>
    </message>
    <message>
        <source>The file {file} is not there any more.</source>
        <translation>Berkas {file} sudah tidak ada.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as a table ({reason}).</source>
        <translation>Berkas {file} tidak dapat dibaca sebagai tabel ({reason}).</translation>
    </message>
    <message>
        <source>The workbook has no sheet {sheet}.</source>
        <translation>Buku kerja ini tidak memiliki lembar {sheet}.</translation>
    </message>
    <message>
        <source>The sheet has more than {max} rows: is it the right file?</source>
        <translation>Lembar ini berisi lebih dari {max} baris: benarkah ini berkasnya?</translation>
    </message>
    <message>
        <source>Choose the column of this field.</source>
        <translation>Pilih kolom untuk isian ini.</translation>
    </message>
    <message>
        <source>This column is already chosen for another field.</source>
        <translation>Kolom ini sudah dipilih untuk isian lain.</translation>
    </message>
    <message>
        <source>The column {column} holds {value} here, where a text is expected.</source>
        <translation>Kolom {column} berisi {value} di sini, padahal seharusnya teks.</translation>
    </message>
    <message>
        <source>Excel stored this NIP as a number ({value}) and kept only its first 15 digits. Format the NIP column as Text and type the NIP again.</source>
        <translation>Excel menyimpan NIP ini sebagai angka ({value}) dan hanya menyimpan 15 digit pertamanya. Format kolom NIP sebagai Teks dan ketik ulang NIP-nya.</translation>
    </message>
    <message>
        <source>Excel stored this phone number as a number ({value}) and dropped its leading 0. Format the column as Text and type it again.</source>
        <translation>Excel menyimpan nomor telepon ini sebagai angka ({value}) dan membuang angka 0 di depannya. Format kolomnya sebagai Teks dan ketik ulang.</translation>
    </message>
    <message>
        <source>The same NIP is also on row {lines} of the file.</source>
        <translation>NIP yang sama juga ada di baris {lines} berkas ini.</translation>
    </message>
    <message>
        <source>The staff list changed since the preview; nothing was imported. Look at the preview again.</source>
        <translation>Daftar pegawai berubah sejak pratinjau dibuat; tidak ada yang diimpor. Lihat pratinjaunya lagi.</translation>
    </message>
    <message>
        <source>The column {column} holds {value} here, where a date (dd-mm-yyyy) is expected.</source>
        <translation>Kolom {column} berisi {value} di sini, padahal yang diharapkan tanggal (hh-bb-tttt).</translation>
    </message>
    <message>
        <source>There is no block {block}; the blocks are: {blocks}. Add it under Handover → Settings, or correct the file.</source>
        <translation>Tidak ada blok {block}; blok yang ada: {blocks}. Tambahkan di Serah Terima → Pengaturan, atau perbaiki berkasnya.</translation>
    </message>
    <message>
        <source>The same register number is also on row {lines} of the file.</source>
        <translation>Nomor registrasi yang sama juga ada di baris {lines} berkas ini.</translation>
    </message>
    <message>
        <source>The inmate list changed since the preview; nothing was imported. Look at the preview again.</source>
        <translation>Daftar warga binaan berubah sejak pratinjau; tidak ada yang diimpor. Periksa pratinjaunya lagi.</translation>
    </message>
</context>
<context>
    <name>NewHandoverDialog</name>
    <message>
        <source>New handover</source>
        <translation>Serah terima baru</translation>
    </message>
    <message>
        <source>&amp;Day the outgoing shift began</source>
        <translation>&amp;Tanggal dinas regu keluar dimulai</translation>
    </message>
    <message>
        <source>&amp;Outgoing shift</source>
        <translation>&amp;Dinas yang menyerahkan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>NumberPatternModel</name>
    <message>
        <source>Kind of document</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Pola nomor</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <source>Letter numbers</source>
        <translation>Penomoran surat</translation>
    </message>
    <message>
        <source>Number &amp;patterns (each kind counts its own serial)</source>
        <translation>Pola &amp;nomor (setiap jenis memiliki nomor urut sendiri)</translation>
    </message>
    <message>
        <source>{nomor} is the serial of the year (write {nomor:04d} for 0001), {tahun} the year, {bulan} the month as 12 and {bulan_romawi} as XII. &quot;Edit pattern…&quot; (or a double click) puts a pattern together from these parts; F2 edits it as text.</source>
        <translation>{nomor} adalah nomor urut tahun berjalan (tulis {nomor:04d} untuk 0001), {tahun} tahunnya, {bulan} bulan sebagai 12 dan {bulan_romawi} sebagai XII. &quot;Ubah pola…&quot; (atau klik ganda) menyusun pola dari bagian-bagian ini; F2 mengubahnya sebagai teks.</translation>
    </message>
    <message>
        <source>&amp;Operative word of orders</source>
        <translation>&amp;Kata perintah</translation>
    </message>
    <message>
        <source>&amp;Edit pattern…</source>
        <translation>&amp;Ubah pola…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Number pattern: {kind}</source>
        <translation>Pola nomor: {kind}</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>e.g. CCTV of the outer wall linked to the monitor at the Polres</source>
        <translation>mis. CCTV tembok luar terhubung ke monitor Polres</translation>
    </message>
    <message>
        <source>&amp;Obligation</source>
        <translation>&amp;Kewajiban</translation>
    </message>
    <message>
        <source>&amp;Responsible side</source>
        <translation>&amp;Pihak pelaksana</translation>
    </message>
    <message>
        <source>Who carries it out: Ka KPR, Kasat Samapta …</source>
        <translation>Yang melaksanakan: Ka KPR, Kasat Samapta …</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Penanggung &amp;jawab</translation>
    </message>
    <message>
        <source>&amp;How often</source>
        <translation>&amp;Frekuensi</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <source>The first period it is due in (else the agreement&apos;s)</source>
        <translation>Periode pertama kewajiban berlaku (jika kosong, sejak perjanjian berlaku)</translation>
    </message>
    <message>
        <source>Due &amp;from</source>
        <translation>Berlaku &amp;mulai</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>The patrol visits of this agency in the Kamtib tab count as evidence</source>
        <translation>Kunjungan patroli instansi ini di tab Kamtib dihitung sebagai bukti</translation>
    </message>
    <message>
        <source>Patrol &amp;visits of</source>
        <translation>Kunjungan patroli &amp;dari</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Tambah &amp;bukti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>tanpa bukti</translation>
    </message>
    <message>
        <source>running</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>{count} without evidence</source>
        <translation>{count} tanpa bukti</translation>
    </message>
    <message>
        <source>Obligation — {text}</source>
        <translation>Kewajiban — {text}</translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation>Kewajiban baru</translation>
    </message>
    <message>
        <source>Save obligation</source>
        <translation>Simpan kewajiban</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Hapus bukti</translation>
    </message>
    <message>
        <source>Save the changes to this obligation?</source>
        <translation>Simpan perubahan pada kewajiban ini?</translation>
    </message>
</context>
<context>
    <name>OutsiderDialog</name>
    <message>
        <source>Someone from outside</source>
        <translation>Orang dari luar</translation>
    </message>
    <message>
        <source>NIK, driving licence, ...</source>
        <translation>NIK, SIM, ...</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identitas</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>e.g. Kepolisian Resor Blora</source>
        <translation>mis. Kepolisian Resor Blora</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>e.g. Polres Blora (shown in lists)</source>
        <translation>mis. Polres Blora (tampil di daftar)</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>Nama &amp;singkat</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ke&amp;terangan</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Add a &amp;contact</source>
        <translation>Tambah nara&amp;hubung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the form as it is (Ctrl+S)</source>
        <translation>Simpan isian apa adanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this partner</source>
        <translation>Setiap perubahan mitra ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Mitra baru</translation>
    </message>
    <message>
        <source>New partner: not yet saved.</source>
        <translation>Mitra baru: belum disimpan.</translation>
    </message>
    <message>
        <source>Partner — {name}</source>
        <translation>Mitra — {name}</translation>
    </message>
    <message>
        <source>Saved. Retired: no longer offered for new agreements and meetings.</source>
        <translation>Tersimpan. Dinonaktifkan: tidak lagi ditawarkan untuk perjanjian dan rapat baru.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Simpan mitra</translation>
    </message>
    <message>
        <source>Save the changes to this partner?</source>
        <translation>Simpan perubahan pada mitra ini?</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>Tampilkan &amp;nonaktif</translation>
    </message>
    <message>
        <source>Partners no longer offered, shown greyed</source>
        <translation>Mitra yang tidak lagi ditawarkan, ditampilkan abu-abu</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>Mitra &amp;baru…</translation>
    </message>
    <message>
        <source>Add a partner institution (Ctrl+N)</source>
        <translation>Tambah instansi mitra (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Nonak&amp;tifkan</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>{count} mitra</translation>
    </message>
    <message>
        <source>Every partner is retired; show the retired ones to see them.</source>
        <translation>Semua mitra sudah tidak aktif; tampilkan yang tidak aktif untuk melihatnya.</translation>
    </message>
    <message>
        <source>No partner yet. Add the institutions the Rutan works with (Polres, Kodim, Pemda, BNN…): agreements and meetings name them.</source>
        <translation>Belum ada mitra. Tambahkan instansi yang bekerja sama dengan Rutan (Polres, Kodim, Pemda, BNN…): perjanjian dan rapat menyebutnya.</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Mitra baru…</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Akti&amp;fkan kembali</translation>
    </message>
    <message>
        <source>Offer this partner again</source>
        <translation>Tawarkan mitra ini lagi</translation>
    </message>
    <message>
        <source>No longer offered for new agreements and meetings; its records stay</source>
        <translation>Tidak lagi ditawarkan untuk perjanjian dan rapat baru; catatannya tetap</translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation>Aktifkan kembali mitra</translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation>Nonaktifkan mitra</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>The password you signed in with was given to you: choose your own now. Nobody else, the Administrator included, will know it.</source>
        <translation>Kata sandi yang Anda pakai untuk masuk diberikan oleh orang lain: pilih kata sandi Anda sendiri sekarang. Tidak ada orang lain, termasuk Administrator, yang akan mengetahuinya.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi saat &amp;ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>Waktu &amp;masuk</translation>
    </message>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>Untick while they are still here</source>
        <translation>Kosongkan centang selama mereka masih di sini</translation>
    </message>
    <message>
        <source>Le&amp;ft at</source>
        <translation>Waktu kel&amp;uar</translation>
    </message>
    <message>
        <source>e.g. Polres Blora</source>
        <translation>mis. Polres Blora</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Ins&amp;tansi</translation>
    </message>
    <message>
        <source>e.g. Sat Samapta</source>
        <translation>mis. Sat Samapta</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>(the officer who received them)</source>
        <translation>(petugas yang menerima)</translation>
    </message>
    <message>
        <source>&amp;Received by</source>
        <translation>&amp;Diterima oleh</translation>
    </message>
    <message>
        <source>e.g. pos atas, tembok luar, Blok A</source>
        <translation>mis. pos atas, tembok luar, Blok A</translation>
    </message>
    <message>
        <source>Areas &amp;checked</source>
        <translation>Area yang di&amp;periksa</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <source>Add &amp;by name</source>
        <translation>Tambah dengan n&amp;ama</translation>
    </message>
    <message>
        <source>Add from the r&amp;egistry…</source>
        <translation>Tambah da&amp;ri daftar…</translation>
    </message>
    <message>
        <source>Police personnel already in the registry</source>
        <translation>Anggota Polri yang sudah ada dalam daftar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the form as it is (Ctrl+S)</source>
        <translation>Simpan formulir apa adanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete a visit entered by mistake</source>
        <translation>Hapus kunjungan yang salah dimasukkan</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this visit</source>
        <translation>Semua perubahan kunjungan ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>New visit: not yet saved.</source>
        <translation>Kunjungan baru: belum disimpan.</translation>
    </message>
    <message>
        <source>Visit of {day} — {agency}</source>
        <translation>Kunjungan {day} — {agency}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Simpan kunjungan</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
    </message>
    <message>
        <source>Delete this visit with its officers?</source>
        <translation>Hapus kunjungan ini beserta daftar petugasnya?</translation>
    </message>
    <message>
        <source>Save the changes to this visit?</source>
        <translation>Simpan perubahan kunjungan ini?</translation>
    </message>
</context>
<context>
    <name>PatrolsPage</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Agency / unit</source>
        <translation>Instansi / unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>Kunjunga&amp;n baru…</translation>
    </message>
    <message>
        <source>Record a new visit (Ctrl+N)</source>
        <translation>Catat kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Patrol visits</source>
        <translation>Kunjungan patroli</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} kunjungan</translation>
    </message>
    <message>
        <source>No visit in this period.</source>
        <translation>Tidak ada kunjungan pada periode ini.</translation>
    </message>
    <message>
        <source>No visit recorded yet. Record each call of the police patrol or another agency as it happens: the agreements count these visits.</source>
        <translation>Belum ada kunjungan yang dicatat. Catat setiap kunjungan patroli polisi atau instansi lain saat terjadi: perjanjian menghitung kunjungan ini.</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
</context>
<context>
    <name>PatternEditorDialog</name>
    <message>
        <source>&amp;Serial</source>
        <translation>&amp;Nomor urut</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;Month (12)</source>
        <translation>&amp;Bulan (12)</translation>
    </message>
    <message>
        <source>Month in &amp;Roman (XII)</source>
        <translation>Bulan &amp;romawi (XII)</translation>
    </message>
    <message>
        <source>as it is (1, 2, … 10)</source>
        <translation>apa adanya (1, 2, … 10)</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Pola</translation>
    </message>
    <message>
        <source>Insert at the cursor</source>
        <translation>Sisipkan di kursor</translation>
    </message>
    <message>
        <source>&amp;Digits of the serial</source>
        <translation>&amp;Digit nomor urut</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <source>Type the fixed text (the classification code, slashes, dots) and put the serial, the year and the month where they belong. The serial starts again at 1 every year.</source>
        <translation>Ketik teks tetapnya (kode klasifikasi, garis miring, titik) dan letakkan nomor urut, tahun dan bulan di tempatnya. Nomor urut mulai lagi dari 1 setiap tahun.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>serial, {digits} digits</source>
        <translation>nomor urut, {digits} digit</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>nomor urut</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>month (12)</source>
        <translation>bulan (12)</translation>
    </message>
    <message>
        <source>month in Roman (XII)</source>
        <translation>bulan romawi (XII)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Outgoing regu</source>
        <translation>Regu keluar</translation>
    </message>
    <message>
        <source>Incoming regu</source>
        <translation>Regu masuk</translation>
    </message>
    <message>
        <source>External personnel</source>
        <translation>Personel luar</translation>
    </message>
    <message>
        <source>Outgoing shift</source>
        <translation>Dinas yang menyerahkan</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Yang menyerahkan</translation>
    </message>
    <message>
        <source>Taking over</source>
        <translation>Yang menerima</translation>
    </message>
    <message>
        <source>The previous handover has not been received and signed yet. A new one may start only with a recorded reason.</source>
        <translation>Serah terima sebelumnya belum diterima dan ditandatangani. Serah terima baru hanya boleh dimulai dengan alasan yang dicatat.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;This month</source>
        <translation>Bulan &amp;ini</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>Semua tangga&amp;l</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
</context>
<context>
    <name>PersonMonthDialog</name>
    <message>
        <source>{name} — {month}</source>
        <translation>{name} — {month}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{count} days on duty this month.</source>
        <translation>{count} hari berdinas bulan ini.</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>Ubah pos jaga</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>Tambah pos jaga</translation>
    </message>
    <message>
        <source>e.g. P2U, Menara, Blok Hunian</source>
        <translation>misalnya P2U, Menara, Blok Hunian</translation>
    </message>
    <message>
        <source>Post &amp;name</source>
        <translation>&amp;Nama pos</translation>
    </message>
    <message>
        <source>&amp;Women officers only</source>
        <translation>Khusus petugas &amp;perempuan</translation>
    </message>
    <message>
        <source>Only women are placed at this post; when too few are free the roster shows a conflict instead of placing a man.</source>
        <translation>Hanya petugas perempuan yang ditempatkan di pos ini; bila yang tersedia kurang, jadwal menampilkan konflik, bukan menempatkan petugas laki-laki.</translation>
    </message>
    <message>
        <source> per shift</source>
        <translation> per dinas</translation>
    </message>
    <message>
        <source>W&amp;omen needed</source>
        <translation>&amp;Jumlah perempuan</translation>
    </message>
    <message>
        <source>&amp;Minimum per shift</source>
        <translation>&amp;Minimum per dinas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>Posts and their minimums</source>
        <translation>Pos dan jumlah minimalnya</translation>
    </message>
    <message>
        <source>The posts the guards man, and how many each needs on every shift. Correct the names and numbers to your Rutan; a post needed on no shift is left out.</source>
        <translation>Pos yang dijaga petugas, dan berapa orang yang diperlukan setiap pos pada tiap dinas. Sesuaikan nama dan jumlahnya dengan Rutan Anda; pos yang tidak diperlukan pada dinas mana pun dilewati.</translation>
    </message>
    <message>
        <source>&amp;Posts</source>
        <translation>&amp;Pos</translation>
    </message>
    <message>
        <source>&amp;Add a post</source>
        <translation>&amp;Tambah pos</translation>
    </message>
    <message>
        <source>&amp;Remove the post</source>
        <translation>&amp;Hapus pos</translation>
    </message>
    <message>
        <source>{count} posts are manned; change them on the roster tab (Set up…).</source>
        <translation>{count} pos sudah dijaga; ubah di tab jadwal jaga (Pengaturan).</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Guards on {code}</source>
        <translation>Petugas dinas {code}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Institution profile and letterhead</source>
        <translation>Profil satuan kerja dan kop surat</translation>
    </message>
    <message>
        <source>These lines head every letter and sheet Rutan Desk prints. The ministry, the directorate, the phone and the paper size are under Settings → Institution profile.</source>
        <translation>Baris-baris ini menjadi kepala setiap surat dan lembar yang dicetak Rutan Desk. Kementerian, direktorat, telepon dan ukuran kertas ada di Pengaturan → Profil Satuan Kerja.</translation>
    </message>
    <message>
        <source>&amp;Unit name</source>
        <translation>Nama &amp;satuan kerja</translation>
    </message>
    <message>
        <source>Regional &amp;office (Kanwil)</source>
        <translation>Kantor wila&amp;yah (Kanwil)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;City (&quot;Dikeluarkan di&quot;)</source>
        <translation>K&amp;ota (&quot;Dikeluarkan di&quot;)</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title</source>
        <translation>&amp;Jabatan kepala</translation>
    </message>
    <message>
        <source>Head&apos;s na&amp;me</source>
        <translation>Na&amp;ma kepala</translation>
    </message>
    <message>
        <source>Head&apos;s N&amp;IP</source>
        <translation>N&amp;IP kepala</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih lo&amp;go…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The profile was saved before; correct it here or pass this step.</source>
        <translation>Profil sudah pernah disimpan; koreksi di sini atau lewati langkah ini.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>No staff recorded yet: the roster is planned for the staff of the Rutan.</source>
        <translation>Belum ada pegawai yang dicatat: jadwal jaga disusun untuk pegawai Rutan.</translation>
    </message>
    <message>
        <source>No regu yet: the roster rotates the regu through the shifts.</source>
        <translation>Belum ada regu: jadwal jaga menggilir regu melalui dinas-dinas.</translation>
    </message>
    <message>
        <source>Regu without members: {names}.</source>
        <translation>Regu tanpa anggota: {names}.</translation>
    </message>
    <message>
        <source>Regu without a shift pattern: {names}.</source>
        <translation>Regu tanpa pola dinas: {names}.</translation>
    </message>
    <message>
        <source>No post is manned yet: give a post its minimum number of staff on a shift.</source>
        <translation>Belum ada pos yang dijaga: beri suatu pos jumlah minimal petugas pada suatu dinas.</translation>
    </message>
    <message>
        <source>The roster cannot be planned yet.</source>
        <translation>Jadwal jaga belum dapat disusun.</translation>
    </message>
    <message>
        <source>Import staff from Excel…</source>
        <translation>Impor pegawai dari Excel…</translation>
    </message>
    <message>
        <source>First-day assistant…</source>
        <translation>Asisten hari pertama…</translation>
    </message>
    <message>
        <source>Set up the regu…</source>
        <translation>Atur regu…</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <source>Set the shift pattern…</source>
        <translation>Atur pola dinas…</translation>
    </message>
    <message>
        <source>Set up the posts…</source>
        <translation>Atur pos…</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <source>This &amp;year</source>
        <translation>Tahun &amp;ini</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Si&amp;mpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Peri&amp;ode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Incidents per month, by kind</source>
        <translation>Gangguan kamtib per bulan, menurut jenis</translation>
    </message>
    <message>
        <source>Findings per month, by item</source>
        <translation>Temuan per bulan, menurut barang</translation>
    </message>
    <message>
        <source>Busiest places</source>
        <translation>Tempat kejadian terbanyak</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>{count} incidents and {searches} searches in the period</source>
        <translation>{count} kejadian dan {searches} penggeledahan dalam periode ini</translation>
    </message>
    <message>
        <source>Nothing to chart in this period. The recap counts the incidents and the searches recorded on their pages: record them there, or choose another period.</source>
        <translation>Tidak ada yang dapat digambarkan pada periode ini. Rekap menghitung gangguan dan penggeledahan yang dicatat di halamannya: catat di sana, atau pilih periode lain.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Gangguan kamtib</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>(off the roster)</source>
        <translation>(di luar jadwal jaga)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}.</source>
        <translation>Grafik tidak dapat disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Change history — {record}</source>
        <translation>Riwayat perubahan — {record}</translation>
    </message>
    <message>
        <source>{record}: no change recorded.</source>
        <translation>{record}: tidak ada perubahan yang tercatat.</translation>
    </message>
    <message numerus="yes">
        <source>{record}: %n entry(ies), oldest first.</source>
        <translation>
            <numerusform>{record}: %n entri, terlama lebih dulu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{record}: the latest %n entry(ies), oldest first.</source>
        <translation>
            <numerusform>{record}: %n entri terakhir, terlama lebih dulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>&amp;Year</source>
        <translation>Ta&amp;hun</translation>
    </message>
    <message>
        <source>Search number or subject…</source>
        <translation>Cari nomor atau perihal…</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>New &amp;duty order…</source>
        <translation>Surat Perintah bar&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Buk&amp;a</translation>
    </message>
    <message>
        <source>&amp;Cancel document…</source>
        <translation>Bata&amp;lkan dokumen…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this document in the register</source>
        <translation>Semua perubahan dokumen ini dalam register</translation>
    </message>
    <message>
        <source>Letter register</source>
        <translation>Register surat</translation>
    </message>
    <message>
        <source>{count} documents, {cancelled} of them cancelled</source>
        <translation>{count} dokumen, {cancelled} di antaranya dibatalkan</translation>
    </message>
    <message>
        <source>No letter issued yet. A letter is numbered and listed here when it is issued: print a duty order (Surat Perintah) from the Duty roster tab (Print → Duty order), or start one here.</source>
        <translation>Belum ada surat yang diterbitkan. Surat diberi nomor dan tercantum di sini saat diterbitkan: cetak Surat Perintah dari tab Jadwal Jaga (Cetak → Surat Perintah), atau mulai di sini.</translation>
    </message>
    <message>
        <source>New duty order…</source>
        <translation>Surat Perintah baru…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Buka dokumen</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Membuka dokumen…</translation>
    </message>
    <message>
        <source>Number {number}, issued {moment} by {actor}. SHA-256 {digest}</source>
        <translation>Nomor {number}, terbit {moment} oleh {actor}. SHA-256 {digest}</translation>
    </message>
    <message>
        <source>CANCELLED: {reason}</source>
        <translation>DIBATALKAN: {reason}</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Batalkan dokumen</translation>
    </message>
    <message>
        <source>Document {number} keeps its number, marked as cancelled; the number is not given again.
Reason for cancelling:</source>
        <translation>Dokumen {number} tetap memegang nomornya dengan tanda dibatalkan; nomor itu tidak diberikan lagi.
Alasan pembatalan:</translation>
    </message>
</context>
<context>
    <name>ReguNameDialog</name>
    <message>
        <source>Rename regu</source>
        <translation>Ganti nama regu</translation>
    </message>
    <message>
        <source>Add regu</source>
        <translation>Tambah regu</translation>
    </message>
    <message>
        <source>e.g. Regu I</source>
        <translation>misalnya Regu I</translation>
    </message>
    <message>
        <source>Regu &amp;name</source>
        <translation>&amp;Nama regu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReguPage</name>
    <message>
        <source>Regu and their Karupam</source>
        <translation>Regu dan Karupam-nya</translation>
    </message>
    <message>
        <source>The guards take their shifts by regu. The regu below were proposed from the staff list (its Regu/Unit column, else an even split); rename a regu, choose its Karupam, or move a person to another regu, then go on.</source>
        <translation>Petugas berdinas menurut regu. Regu di bawah ini diusulkan dari daftar pegawai (kolom Regu/Unit-nya, atau dibagi rata); ganti nama regu, pilih Karupam-nya, atau pindahkan seseorang ke regu lain, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>Regu</source>
        <translation>Regu</translation>
    </message>
    <message>
        <source>Karupam</source>
        <translation>Karupam</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Regu</source>
        <translation>&amp;Regu</translation>
    </message>
    <message>
        <source>&amp;People and their regu</source>
        <translation>&amp;Personel dan regunya</translation>
    </message>
    <message>
        <source>{count} regu are set up; change them on the roster tab (Set up…).</source>
        <translation>{count} regu sudah diatur; ubah di tab jadwal jaga (Pengaturan).</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
</context>
<context>
    <name>RemoveInstructionDialog</name>
    <message>
        <source>Remove standing instruction</source>
        <translation>Cabut petunjuk pimpinan</translation>
    </message>
    <message>
        <source>Given by {given_by}, in force from {day}. From the day below on it is no longer passed on; handovers that carried it keep it.</source>
        <translation>Dari {given_by}, berlaku mulai {day}. Mulai tanggal di bawah petunjuk ini tidak lagi diteruskan; serah terima yang memuatnya tetap menyimpannya.</translation>
    </message>
    <message>
        <source>Removal &amp;ordered by</source>
        <translation>Pencabutan &amp;diperintahkan oleh</translation>
    </message>
    <message>
        <source>No longer passed on &amp;from</source>
        <translation>Tidak diteruskan lagi &amp;mulai</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replacement</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <source>Who replaces {name} on shift {shift}, {day}?</source>
        <translation>Siapa pengganti {name} pada dinas {shift}, {day}?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>That day</source>
        <translation>Hari itu</translation>
    </message>
    <message>
        <source>Rest (hours)</source>
        <translation>Istirahat (jam)</translation>
    </message>
    <message>
        <source>Shifts this month</source>
        <translation>Dinas bulan ini</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Also propose &amp;officials (Ka KPR, Karutan, staff outside the regu and piket)</source>
        <translation>Usulkan juga &amp;pejabat (Ka KPR, Karutan, pegawai di luar regu dan piket)</translation>
    </message>
    <message>
        <source>second shift that day</source>
        <translation>dinas kedua hari itu</translation>
    </message>
    <message>
        <source>not in a regu or the piket pool</source>
        <translation>bukan anggota regu atau daftar piket</translation>
    </message>
    <message>
        <source>Nobody can take this shift without breaking a rule.</source>
        <translation>Tidak ada yang dapat mengambil dinas ini tanpa melanggar aturan.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Leave open</source>
        <translation>&amp;Biarkan kosong</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {login}</source>
        <translation>Atur ulang kata sandi {login}</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>&amp;Kata sandi sementara</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>The old password stops working now, and a lock-out after wrong passwords ends. At the next sign-in the owner must choose their own password.</source>
        <translation>Kata sandi lama langsung tidak berlaku, dan penguncian karena salah kata sandi berakhir. Saat masuk berikutnya, pemilik wajib memilih kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Every change made after this backup is taken out of the database. The database as it is now is first saved as a backup (&quot;Before a restore&quot;), so it can be restored in turn. Rutan Desk then reopens the database.</source>
        <translation>Semua perubahan yang dibuat setelah cadangan ini akan dikeluarkan dari basis data. Basis data dalam keadaan sekarang lebih dahulu disimpan sebagai cadangan (&quot;Sebelum pemulihan&quot;), sehingga dapat dipulihkan kembali bila perlu. Setelah itu Rutan Desk membuka ulang basis data.</translation>
    </message>
    <message>
        <source>Type the date of the backup, {date}, to confirm</source>
        <translation>Ketik tanggal cadangan, {date}, untuk mengonfirmasi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the agreement</source>
        <translation>Cabut perjanjian</translation>
    </message>
    <message>
        <source>Revoked &amp;from</source>
        <translation>Dicabut &amp;mulai</translation>
    </message>
    <message>
        <source>Why, and by which letter</source>
        <translation>Alasan, dan dengan surat apa</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RosterHistory</name>
    <message>
        <source>already passed</source>
        <translation>sudah lewat</translation>
    </message>
    <message>
        <source>already handed over</source>
        <translation>sudah diserahterimakan</translation>
    </message>
    <message>
        <source>in an issued duty order</source>
        <translation>sudah ada surat perintah yang terbit</translation>
    </message>
    <message>
        <source>{days} not changed: {why}.</source>
        <translation>{days} tidak diubah: {why}.</translation>
    </message>
    <message>
        <source>Correct the past</source>
        <translation>Koreksi hari yang sudah lewat</translation>
    </message>
    <message>
        <source>{problem}

To correct it, give the reason (it is recorded):</source>
        <translation>{problem}

Untuk mengoreksinya, isi alasannya (dicatat):</translation>
    </message>
</context>
<context>
    <name>RosterMonthModel</name>
    <message>
        <source>Karupam</source>
        <extracomment>The clerk typed ``code`` (or cleared the cell: None) for a person and a day.</extracomment>
        <translation>Karupam</translation>
    </message>
    <message>
        <source>external personnel</source>
        <translation>personel eksternal</translation>
    </message>
</context>
<context>
    <name>RosterSettingsDialog</name>
    <message>
        <source>Roster settings</source>
        <translation>Pengaturan jadwal jaga</translation>
    </message>
    <message>
        <source>Shift &amp;codes</source>
        <translation>&amp;Kode dinas</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Aturan</translation>
    </message>
    <message>
        <source>&amp;Piket staff</source>
        <translation>&amp;Piket staf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>&amp;Add code…</source>
        <translation>&amp;Tambah kode…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Rest after a &amp;night shift</source>
        <translation>Istirahat setelah dinas &amp;malam</translation>
    </message>
    <message>
        <source>Between the end of one shift and the start of the next (0: not checked).</source>
        <translation>Antara akhir satu dinas dan awal dinas berikutnya (0: tidak diperiksa).</translation>
    </message>
    <message>
        <source>Rest &amp;between two shifts</source>
        <translation>Istirahat &amp;antar-dinas</translation>
    </message>
    <message>
        <source>Back-to-back shifts count as one stretch (siang and malam: 18 hours).</source>
        <translation>Dinas yang bersambung dihitung satu rentang (siang dan malam: 18 jam).</translation>
    </message>
    <message>
        <source>&amp;Longest continuous duty</source>
        <translation>Dinas terus-menerus &amp;terlama</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Most working days in a row</source>
        <translation>Hari &amp;kerja berturut-turut paling banyak</translation>
    </message>
    <message>
        <source>The Karupam &amp;counts towards post strength</source>
        <translation>Karupam &amp;dihitung dalam kekuatan pos</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Piket staff on each holiday shift</source>
        <translation>Piket staf tiap dinas hari libur</translation>
    </message>
    <message>
        <source>Save &amp;piket</source>
        <translation>Simpan &amp;piket</translation>
    </message>
    <message>
        <source>Piket staff</source>
        <translation>Piket staf</translation>
    </message>
</context>
<context>
    <name>RosterSetupDialog</name>
    <message>
        <source>This record no longer exists (changed on another computer).</source>
        <translation>Data ini sudah tidak ada (diubah di komputer lain).</translation>
    </message>
    <message>
        <source>Roster setup</source>
        <translation>Pengaturan regu dan pos jaga</translation>
    </message>
    <message>
        <source>&amp;Regu</source>
        <translation>&amp;Regu</translation>
    </message>
    <message>
        <source>P&amp;osts</source>
        <translation>&amp;Pos jaga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Regu &amp;list</source>
        <translation>&amp;Daftar regu</translation>
    </message>
    <message>
        <source>&amp;Add regu…</source>
        <translation>&amp;Tambah regu…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Add m&amp;ember…</source>
        <translation>Tambah angg&amp;ota…</translation>
    </message>
    <message>
        <source>En&amp;d membership…</source>
        <translation>Akhiri keanggotaa&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Set Karupam</source>
        <translation>Tetapkan Kar&amp;upam</translation>
    </message>
    <message>
        <source>&amp;Karupam</source>
        <translation>&amp;Karupam</translation>
    </message>
    <message>
        <source>Rotation pattern</source>
        <translation>Pola rotasi</translation>
    </message>
    <message>
        <source>Pattern &amp;history</source>
        <translation>R&amp;iwayat pola rotasi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Works the first code on</source>
        <translation>Kode pertama pada</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Codes in order, e.g. {example}</source>
        <translation>Kode dinas berurutan, misalnya {example}</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>&amp;Siklus</translation>
    </message>
    <message>
        <source>&amp;Works the first code on</source>
        <translation>Kode pertama &amp;jatuh pada</translation>
    </message>
    <message>
        <source>&amp;Valid from</source>
        <translation>&amp;Berlaku mulai</translation>
    </message>
    <message>
        <source>Shift codes: {codes}</source>
        <translation>Kode dinas: {codes}</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Si&amp;mpan pola rotasi</translation>
    </message>
    <message>
        <source>&amp;Guard posts</source>
        <translation>Daftar pos ja&amp;ga</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>Khusus perempuan</translation>
    </message>
    <message>
        <source>Min. {code}</source>
        <translation>Min. {code}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>&amp;Add post…</source>
        <translation>&amp;Tambah pos jaga…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nonaktif)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>{name} (not a member now)</source>
        <translation>{name} (bukan anggota lagi)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>Karupam</source>
        <translation>Karupam</translation>
    </message>
    <message>
        <source>Deactivate post</source>
        <translation>Nonaktifkan pos jaga</translation>
    </message>
    <message>
        <source>{name} will no longer be planned. Roster entries already made keep the post.</source>
        <translation>{name} tidak akan dijadwalkan lagi. Jadwal yang sudah dibuat tetap mencantumkan pos ini.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Pos jaga</translation>
    </message>
</context>
<context>
    <name>RosterSheetDialog</name>
    <message>
        <source>Roster sheet {month}</source>
        <translation>Lembar jadwal {month}</translation>
    </message>
    <message>
        <source>&amp;Date under the signatures</source>
        <translation>&amp;Tanggal penandatanganan</translation>
    </message>
    <message>
        <source>Proposed: the last working day before the month, {day}.</source>
        <translation>Usulan: hari kerja terakhir sebelum bulan ini, {day}.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Bulan sebelumnya (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Bulan berikutnya (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>The month shown</source>
        <translation>Bulan yang ditampilkan</translation>
    </message>
    <message>
        <source>The year shown</source>
        <translation>Tahun yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>Reg&amp;u</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>P&amp;os</translation>
    </message>
    <message>
        <source>A&amp;bsence…</source>
        <translation>Ketidak&amp;hadiran…</translation>
    </message>
    <message>
        <source>Record an absence and find replacements (Ctrl+B)</source>
        <translation>Catat ketidakhadiran dan cari pengganti (Ctrl+B)</translation>
    </message>
    <message>
        <source>A&amp;dd to shift…</source>
        <translation>Tambah ke &amp;dinas…</translation>
    </message>
    <message>
        <source>Put staff on piket or external personnel on a shift (Ctrl+N)</source>
        <translation>Tempatkan staf piket atau personel eksternal pada dinas (Ctrl+N)</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>T&amp;ukar jaga…</translation>
    </message>
    <message>
        <source>Swap the selected cell with someone (Ctrl+T)</source>
        <translation>Tukar jaga isian terpilih dengan orang lain (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>The selected &amp;day (Ctrl+D)</source>
        <translation>&amp;Hari terpilih (Ctrl+D)</translation>
    </message>
    <message>
        <source>The selected &amp;person&apos;s month (Ctrl+E)</source>
        <translation>Bulan &amp;personel terpilih (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Swaps this month…</source>
        <translation>&amp;Tukar jaga bulan ini…</translation>
    </message>
    <message>
        <source>&amp;Fairness of the year…</source>
        <translation>&amp;Keadilan beban tahun ini…</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Pe&amp;ngaturan jadwal</translation>
    </message>
    <message>
        <source>&amp;Regu, members, patterns and posts…</source>
        <translation>&amp;Regu, anggota, pola dan pos…</translation>
    </message>
    <message>
        <source>Shift &amp;codes, rules and piket…</source>
        <translation>&amp;Kode dinas, aturan dan piket…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>Kal&amp;ender…</translation>
    </message>
    <message>
        <source>Holidays and alert periods</source>
        <translation>Hari libur dan masa siaga</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Cet&amp;ak</translation>
    </message>
    <message>
        <source>&amp;Roster sheet of the month…</source>
        <translation>&amp;Jadwal jaga bulan ini…</translation>
    </message>
    <message>
        <source>Daily &amp;piket sheet of the selected day…</source>
        <translation>Daftar &amp;piket harian tanggal terpilih…</translation>
    </message>
    <message>
        <source>&amp;Duty order (Surat Perintah) for the selected day…</source>
        <translation>&amp;Surat Perintah untuk tanggal terpilih…</translation>
    </message>
    <message>
        <source>&amp;Plan this month…</source>
        <translation>Susu&amp;n jadwal bulan ini…</translation>
    </message>
    <message>
        <source>Save the month as shown (the group and post chosen) for Excel: .xlsx or .csv</source>
        <translation>Simpan bulan ini seperti yang tampil (regu dan pos yang dipilih) untuk Excel: .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translation>Memeriksa aturan…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Semua pos</translation>
    </message>
    <message>
        <source>{month} is not planned yet. Plan it from the regu rotations, or type the shifts by hand.</source>
        <translation>Jadwal {month} belum disusun. Susun dari giliran regu, atau ketik dinasnya satu per satu.</translation>
    </message>
    <message>
        <source>Plan the month…</source>
        <translation>Susun jadwal bulan ini…</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>Ketik sendiri</translation>
    </message>
    <message>
        <source>{count} conflicts this month</source>
        <translation>{count} masalah jadwal bulan ini</translation>
    </message>
    <message>
        <source>This month is not planned yet.</source>
        <translation>Jadwal bulan ini belum disusun.</translation>
    </message>
    <message>
        <source>No conflicts this month.</source>
        <translation>Tidak ada masalah jadwal bulan ini.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal Jaga</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Aturan dilanggar</translation>
    </message>
    <message>
        <source>This change breaks a rule:
{problems}

To save it anyway, give the reason (it is recorded):</source>
        <translation>Perubahan ini melanggar aturan:
{problems}

Untuk tetap menyimpannya, tuliskan alasannya (akan dicatat):</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <source>The roster changed meanwhile; {name} can no longer take this shift.</source>
        <translation>Jadwal sudah berubah; {name} tidak dapat lagi mengambil dinas ini.</translation>
    </message>
    <message>
        <source>Preparing the roster sheet…</source>
        <translation>Menyiapkan jadwal jaga…</translation>
    </message>
    <message>
        <source>Roster sheet {month}</source>
        <translation>Jadwal Jaga {month}</translation>
    </message>
    <message>
        <source>Preparing the piket sheet…</source>
        <translation>Menyiapkan daftar piket…</translation>
    </message>
    <message>
        <source>Piket sheet {day}</source>
        <translation>Daftar Piket {day}</translation>
    </message>
    <message>
        <source>Plan the roster</source>
        <translation>Susun jadwal</translation>
    </message>
    <message>
        <source>Plan {month} from the regu rotations? Cells typed or pinned by hand are kept, and so are the days that have passed, were handed over or are in an issued duty order; every other cell of the month is planned again.</source>
        <translation>Susun {month} dari pola rotasi regu? Sel yang diketik atau disematkan dengan tangan tetap, begitu pula hari yang sudah lewat, sudah diserahterimakan, atau tercantum dalam surat perintah yang terbit; sel lain di bulan ini disusun ulang.</translation>
    </message>
    <message>
        <source>Planning the roster…</source>
        <translation>Menyusun jadwal…</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <source>Shift pattern and hours</source>
        <translation>Pola dinas dan jam dinas</translation>
    </message>
    <message>
        <source>Choose how the regu take turns. Each regu starts the cycle a day after the one before it, so every shift of every day has one regu. The hours and the codes can be changed later under the roster&apos;s settings.</source>
        <translation>Pilih cara regu bergiliran. Setiap regu memulai siklus sehari setelah regu sebelumnya, sehingga setiap dinas setiap hari dijaga satu regu. Jam dan kode dinas dapat diubah nanti di pengaturan jadwal jaga.</translation>
    </message>
    <message>
        <source>Starts &amp;on</source>
        <translation>Mulai &amp;tanggal</translation>
    </message>
    <message>
        <source>Hours: {hours}. Cycle: {cycle}. Regu: {count}.</source>
        <translation>Jam: {hours}. Siklus: {cycle}. Regu: {count}.</translation>
    </message>
    <message>
        <source>Every regu has its pattern; change it on the roster tab (Set up…).</source>
        <translation>Setiap regu sudah memiliki pola; ubah di tab jadwal jaga (Pengaturan).</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>&amp;1 Search and places</source>
        <translation>&amp;1 Penggeledahan dan tempat</translation>
    </message>
    <message>
        <source>&amp;2 Team</source>
        <translation>&amp;2 Tim</translation>
    </message>
    <message>
        <source>&amp;3 Findings</source>
        <translation>&amp;3 Temuan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the form as it is (Ctrl+S)</source>
        <translation>Simpan formulir apa adanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete a search entered by mistake</source>
        <translation>Hapus penggeledahan yang salah dimasukkan</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this search</source>
        <translation>Semua perubahan penggeledahan ini</translation>
    </message>
    <message>
        <source>&amp;Print berita acara…</source>
        <translation>&amp;Cetak berita acara…</translation>
    </message>
    <message>
        <source>The Berita Acara Penggeledahan of this search, to print and to issue</source>
        <translation>Berita Acara Penggeledahan ini, untuk dicetak dan diterbitkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>S&amp;tarted at</source>
        <translation>M&amp;ulai</translation>
    </message>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>Untick while the search has not ended</source>
        <translation>Kosongkan centang selama penggeledahan belum selesai</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>(who led it)</source>
        <translation>(yang memimpin)</translation>
    </message>
    <message>
        <source>Led &amp;by</source>
        <translation>&amp;Dipimpin oleh</translation>
    </message>
    <message>
        <source>others, separated by commas</source>
        <translation>lainnya, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>&amp;Joint with</source>
        <translation>&amp;Gabungan dengan</translation>
    </message>
    <message>
        <source>The order (surat perintah) from the letter register</source>
        <translation>Surat Perintah dari Register Surat</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Surat &amp;Perintah</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>Blocks, rooms and places searched</source>
        <translation>Blok, kamar dan tempat yang digeledah</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Room, or the place elsewhere</source>
        <translation>Kamar, atau tempat lain</translation>
    </message>
    <message>
        <source>Add a &amp;place</source>
        <translation>Tambah &amp;tempat</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Tempat lain</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>NRP / NIP</source>
        <translation>NRP / NIP</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Add by &amp;name</source>
        <translation>Tambah dengan &amp;nama</translation>
    </message>
    <message>
        <source>Add from the &amp;registry…</source>
        <translation>Tambah da&amp;ri daftar…</translation>
    </message>
    <message>
        <source>An officer of the Rutan, or helping personnel already in the registry</source>
        <translation>Petugas Rutan, atau personel perbantuan yang sudah ada dalam daftar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>Kamar / tempat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Add a &amp;finding</source>
        <translation>Tambah t&amp;emuan</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Pem&amp;ilik</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Pilih pemilik…</translation>
    </message>
    <message>
        <source>Owner not known</source>
        <translation>Pemilik tidak diketahui</translation>
    </message>
    <message>
        <source>P&amp;hoto</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation>Lampirkan foto…</translation>
    </message>
    <message>
        <source>Show the photo</source>
        <translation>Tampilkan foto</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>F&amp;ate…</source>
        <translation>Pen&amp;anganan…</translation>
    </message>
    <message>
        <source>Kept, destroyed or handed to the police: for the chosen findings</source>
        <translation>Disimpan, dimusnahkan atau diserahkan kepada Polres: untuk temuan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Destroy together…</source>
        <translation>&amp;Musnahkan sekaligus…</translation>
    </message>
    <message>
        <source>Record the chosen findings as destroyed under one berita acara</source>
        <translation>Catat temuan yang dipilih sebagai dimusnahkan dengan satu berita acara</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>terlampir</translation>
    </message>
    <message>
        <source>New search</source>
        <translation>Penggeledahan baru</translation>
    </message>
    <message>
        <source>New search: not yet saved.</source>
        <translation>Penggeledahan baru: belum disimpan.</translation>
    </message>
    <message>
        <source>Search of {day} — {kind}</source>
        <translation>Penggeledahan {day} — {kind}</translation>
    </message>
    <message>
        <source>Saved. {findings} findings, {incidents} of them opened an incident.</source>
        <translation>Tersimpan. {findings} temuan, {incidents} di antaranya dicatat sebagai kejadian.</translation>
    </message>
    <message>
        <source>Open incident {number}</source>
        <translation>Buka kejadian {number}</translation>
    </message>
    <message>
        <source>The incident this finding opened</source>
        <translation>Kejadian yang dicatat dari temuan ini</translation>
    </message>
    <message>
        <source>Open an &amp;incident</source>
        <translation>&amp;Catat kejadian</translation>
    </message>
    <message>
        <source>File an incident of smuggling from the chosen finding, prefilled</source>
        <translation>Catat kejadian penyelundupan dari temuan yang dipilih, dengan isian yang sudah terisi</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Tambah ke tim</translation>
    </message>
    <message>
        <source>&amp;Officer or helping personnel</source>
        <translation>&amp;Petugas atau personel perbantuan</translation>
    </message>
    <message>
        <source>Whose was it?</source>
        <translation>Milik siapa?</translation>
    </message>
    <message>
        <source>Photo of the finding</source>
        <translation>Foto temuan</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Foto (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Simpan penggeledahan</translation>
    </message>
    <message>
        <source>Delete search</source>
        <translation>Hapus penggeledahan</translation>
    </message>
    <message>
        <source>Delete this search with its team, places and findings?</source>
        <translation>Hapus penggeledahan ini beserta tim, tempat dan temuannya?</translation>
    </message>
    <message>
        <source>Save the changes to this search?</source>
        <translation>Simpan perubahan penggeledahan ini?</translation>
    </message>
</context>
<context>
    <name>SearchesPage</name>
    <message>
        <source>{count} items</source>
        <translation>{count} barang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Gabungan dengan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dipimpin oleh</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Tanggal ditemukan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>&amp;New search…</source>
        <translation>Penggeledaha&amp;n baru…</translation>
    </message>
    <message>
        <source>Record a new search (Ctrl+N)</source>
        <translation>Catat penggeledahan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Penggeledahan</translation>
    </message>
    <message>
        <source>Export &amp;findings…</source>
        <translation>Ekspor &amp;temuan…</translation>
    </message>
    <message>
        <source>Only items still &amp;kept</source>
        <translation>&amp;Hanya barang yang masih disimpan</translation>
    </message>
    <message>
        <source>Hide the items destroyed or handed over</source>
        <translation>Sembunyikan barang yang sudah dimusnahkan atau diserahkan</translation>
    </message>
    <message>
        <source>&amp;Destroy together…</source>
        <translation>&amp;Musnahkan sekaligus…</translation>
    </message>
    <message>
        <source>Record the chosen findings as destroyed under one berita acara</source>
        <translation>Catat temuan yang dipilih sebagai dimusnahkan dengan satu berita acara</translation>
    </message>
    <message>
        <source>&amp;Berita acara pemusnahan…</source>
        <translation>&amp;Berita acara pemusnahan…</translation>
    </message>
    <message>
        <source>Print the berita acara of destroying the chosen findings today; issuing it records them destroyed under its number</source>
        <translation>Cetak berita acara pemusnahan temuan yang dipilih hari ini; menerbitkannya mencatat temuan itu dimusnahkan dengan nomornya</translation>
    </message>
    <message>
        <source>{searches} searches, {findings} findings</source>
        <translation>{searches} penggeledahan, {findings} temuan</translation>
    </message>
    <message>
        <source>No search in this period.</source>
        <translation>Tidak ada penggeledahan pada periode ini.</translation>
    </message>
    <message>
        <source>No search recorded yet. Record each search of the blocks and rooms here, with what it found; the findings are then listed below.</source>
        <translation>Belum ada penggeledahan yang dicatat. Catat setiap penggeledahan blok dan kamar di sini, beserta temuannya; temuan lalu tercantum di bawah.</translation>
    </message>
    <message>
        <source>New search…</source>
        <translation>Penggeledahan baru…</translation>
    </message>
    <message>
        <source>Findings of the period ({count})</source>
        <translation>Temuan dalam periode ini ({count})</translation>
    </message>
    <message>
        <source>Open incident {number}</source>
        <translation>Buka kejadian {number}</translation>
    </message>
    <message>
        <source>Open an &amp;incident</source>
        <translation>&amp;Catat kejadian</translation>
    </message>
    <message>
        <source>Berita acara pemusnahan</source>
        <translation>Berita acara pemusnahan</translation>
    </message>
    <message>
        <source>Destroy together</source>
        <translation>Musnahkan sekaligus</translation>
    </message>
    <message>
        <source>{count} of the chosen items are already destroyed or handed over: choose the items still kept.</source>
        <translation>{count} barang yang dipilih sudah dimusnahkan atau diserahkan: pilih barang yang masih disimpan.</translation>
    </message>
</context>
<context>
    <name>ShiftTypeForm</name>
    <message>
        <source>Shift code</source>
        <translation>Kode dinas</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>A &amp;duty with hours (not lepas or libur)</source>
        <translation>&amp;Dinas berjam kerja (bukan lepas atau libur)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Ends (before the start: next day)</source>
        <translation>&amp;Selesai (lebih awal dari mulai: hari berikutnya)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This shift code no longer exists (changed on another computer).</source>
        <translation>Kode dinas ini sudah tidak ada (diubah di komputer lain).</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Ditandatangani oleh</translation>
    </message>
    <message>
        <source>&amp;Time (WIB)</source>
        <translation>&amp;Waktu (WIB)</translation>
    </message>
    <message>
        <source>Signed on &amp;paper: I record it with the scan</source>
        <translation>Ditandatangani di atas &amp;kertas: saya catat beserta pindaiannya</translation>
    </message>
    <message>
        <source>PDF, PNG or JPG of the signed page</source>
        <translation>PDF, PNG, atau JPG halaman yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Pindaian</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Scan of the signed page</source>
        <translation>Pindaian halaman yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {app}</source>
        <translation>Masuk — {app}</translation>
    </message>
    <message>
        <source>Screen locked: sign in again to go on.</source>
        <translation>Layar terkunci: masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Sign in with your own account: every change is recorded in its name.</source>
        <translation>Masuk dengan akun Anda sendiri: setiap perubahan dicatat atas nama akun itu.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time} WIB. Ask the Administrator if you cannot wait.</source>
        <translation>Terlalu banyak kata sandi salah: akun ini terkunci sampai pukul {time} WIB. Hubungi Administrator bila Anda tidak dapat menunggu.</translation>
    </message>
    <message>
        <source>This account is no longer active. Ask the Administrator.</source>
        <translation>Akun ini sudah tidak aktif. Hubungi Administrator.</translation>
    </message>
    <message>
        <source>This account must first set a new password, which cannot be saved while the database is open for viewing only. Sign in with another account.</source>
        <translation>Akun ini harus membuat kata sandi baru lebih dahulu, dan itu tidak dapat disimpan selama basis data dibuka hanya untuk dilihat. Masuklah dengan akun lain.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Rutan Desk is already open for this database; its window has been brought to the front.</source>
        <translation>Rutan Desk sudah terbuka untuk basis data ini; jendelanya dibawa ke depan.</translation>
    </message>
    <message>
        <source>Rutan Desk is already open for this database (process {pid} on this PC), but it does not answer. Wait until it has finished starting, or close it, and start Rutan Desk again.</source>
        <translation>Rutan Desk sudah terbuka untuk basis data ini (proses {pid} di PC ini), tetapi tidak menjawab. Tunggu sampai selesai dimulai, atau tutup, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({share}). A database file opened over the network can be damaged when more than one PC writes to it, so Rutan Desk does not open it there.

Keep the database on this PC&apos;s own disk (the default folder, or a local --data-dir). For several PCs working on one database, use the shared-server mode: one PostgreSQL server, each PC started with --db-url (README, &quot;Running it&quot;).</source>
        <translation>Basis data {path} berada di folder bersama jaringan ({share}). Berkas basis data yang dibuka lewat jaringan dapat rusak bila lebih dari satu PC menulis ke dalamnya, sehingga Rutan Desk tidak membukanya di sana.

Simpan basis data di disk PC ini sendiri (folder bawaan, atau --data-dir lokal). Untuk beberapa PC yang bekerja pada satu basis data, gunakan mode server bersama: satu server PostgreSQL, setiap PC dijalankan dengan --db-url (README, &quot;Running it&quot;).</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Ubah data personel</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tambah personel</translation>
    </message>
    <message>
        <source>Own staff (&amp;NIP)</source>
        <translation>Pe&amp;gawai Rutan (NIP)</translation>
    </message>
    <message>
        <source>E&amp;xternal personnel (Polri, TNI, other)</source>
        <translation>Personel &amp;eksternal (Polri, TNI, lainnya)</translation>
    </message>
    <message>
        <source>Full name with academic titles</source>
        <translation>Nama lengkap dengan gelar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>&amp;Rank (pangkat/gol.)</source>
        <translation>Pang&amp;kat/golongan</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Ins&amp;tansi</translation>
    </message>
    <message>
        <source>NRP (Polri)</source>
        <translation>NRP (Polri)</translation>
    </message>
    <message>
        <source>NRP (TNI)</source>
        <translation>NRP (TNI)</translation>
    </message>
    <message>
        <source>Other identity number</source>
        <translation>Nomor identitas lain</translation>
    </message>
    <message>
        <source>Identity &amp;kind</source>
        <translation>&amp;Jenis identitas</translation>
    </message>
    <message>
        <source>Identity n&amp;umber</source>
        <translation>N&amp;omor identitas</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>Pang&amp;kat</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Jenis ke&amp;lamin</translation>
    </message>
    <message>
        <source>e.g. Petugas Pengamanan</source>
        <translation>mis. Petugas Pengamanan</translation>
    </message>
    <message>
        <source>&amp;Position (jabatan)</source>
        <translation>Ja&amp;batan</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sejak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>man</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>{grouped} · born {birth} · appointed {appointed} · {sex}</source>
        <translation>{grouped} · lahir {birth} · diangkat {appointed} · {sex}</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rank (pangkat/golongan)</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Import staff from Excel</source>
        <translation>Impor pegawai dari Excel</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file with one person a row</source>
        <translation>Berkas .xlsx atau .csv berisi satu orang per baris</translation>
    </message>
    <message>
        <source>A sample list with the expected columns, its NIP column formatted as text</source>
        <translation>Contoh daftar dengan kolom yang diharapkan, kolom NIP-nya berformat teks</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>Daftar pegawai</translation>
    </message>
    <message>
        <source>{created} people added, {updated} changed.</source>
        <translation>{created} orang ditambahkan, {updated} diubah.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Import the staff list the office keeps in Excel (NIP, name, rank, position and regu), or type the people one by one. A column “Regu” or “Unit” holding “Regu I”… lets the next step propose the regu.</source>
        <translation>Impor daftar pegawai yang disimpan kantor dalam Excel (NIP, nama, pangkat, jabatan dan regu), atau ketik satu per satu. Kolom “Regu” atau “Unit” berisi “Regu I”… memungkinkan langkah berikutnya mengusulkan regu.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Impor dari Excel…</translation>
    </message>
    <message>
        <source>&amp;Type a person…</source>
        <translation>Ke&amp;tik satu orang…</translation>
    </message>
    <message>
        <source>{count} active staff in the list.</source>
        <translation>{count} pegawai aktif dalam daftar.</translation>
    </message>
    <message>
        <source>The staff list is there; import again to add or correct people.</source>
        <translation>Daftar pegawai sudah ada; impor lagi untuk menambah atau membetulkan data.</translation>
    </message>
    <message>
        <source>Import or type the staff first: the regu are made of them.</source>
        <translation>Impor atau ketik pegawai lebih dulu: regu dibentuk dari mereka.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search name, NIP/NRP or position (Ctrl+F)</source>
        <translation>Cari nama, NIP/NRP atau jabatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Own staff</source>
        <translation>Pegawai Rutan</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Eksternal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>J&amp;enis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Tamba&amp;h…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Non&amp;aktifkan…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <source>Every change of this person (Ctrl+H)</source>
        <translation>Semua perubahan data personel ini (Ctrl+H)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Impor dari Excel…</translation>
    </message>
    <message>
        <source>Add or update staff from an .xlsx or .csv list</source>
        <translation>Tambah atau perbarui pegawai dari daftar .xlsx atau .csv</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>{shown} of {total} people</source>
        <translation>{shown} dari {total} orang</translation>
    </message>
    <message>
        <source>No staff recorded yet. Import the staff list from an Excel file, or add people one by one.</source>
        <translation>Belum ada pegawai yang dicatat. Impor daftar pegawai dari berkas Excel, atau tambahkan satu per satu.</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Impor dari Excel…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Tambah orang…</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>A&amp;ktifkan kembali…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Hapus personel</translation>
    </message>
    <message>
        <source>Delete {name} from the registry? Use this only for a person entered by mistake; someone who left is deactivated instead.</source>
        <translation>Hapus {name} dari daftar? Pakai ini hanya untuk data yang salah masuk; pegawai yang sudah tidak bertugas dinonaktifkan saja.</translation>
    </message>
    <message>
        <source>{name} appears in other records and cannot be deleted. Deactivate the person instead.</source>
        <translation>{name} tercantum dalam catatan lain sehingga tidak dapat dihapus. Nonaktifkan saja.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>NIP / NRP</source>
        <translation>NIP / NRP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/Gol.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit / agency</source>
        <translation>Unit / instansi</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>{status} (external)</source>
        <translation>{status} (eksternal)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The audit trail no longer has entries this PC saw the last time it opened the database: it may have been changed outside Rutan Desk. Run Help → Check audit trail and tell the Administrator.</source>
        <translation>Jejak audit tidak lagi memuat entri yang dilihat PC ini saat terakhir kali membuka basis data: jejak audit mungkin telah diubah di luar Rutan Desk. Jalankan Bantuan → Periksa jejak audit dan beri tahu Administrator.</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>This database was made by a newer version of Rutan Desk (schema {revision}). It has not been changed. Install the newer version to open it.</source>
        <translation>Basis data ini dibuat oleh versi Rutan Desk yang lebih baru (skema {revision}). Basis data tidak diubah. Pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <source>This file is not a Rutan Desk database, or it is damaged. It has not been changed.</source>
        <translation>Berkas ini bukan basis data Rutan Desk, atau rusak. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it and start Rutan Desk again.</source>
        <translation>Basis data sedang dikunci program lain. Tutup program itu lalu buka Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check that the server is on and the address is right, then start Rutan Desk again.

Reason: {reason}</source>
        <translation>Basis data tidak dapat dihubungi. Periksa apakah server menyala dan alamatnya benar, lalu buka Rutan Desk lagi.

Penyebab: {reason}</translation>
    </message>
    <message>
        <source>There is no database here yet, so there is nothing to view.</source>
        <translation>Belum ada basis data di sini, jadi tidak ada yang dapat dilihat.</translation>
    </message>
    <message>
        <source>This database is of an older version of Rutan Desk (schema {revision}) and must be upgraded before it can be shown, which needs writing. It has not been changed.</source>
        <translation>Basis data ini dari versi Rutan Desk yang lebih lama (skema {revision}) dan harus ditingkatkan sebelum dapat ditampilkan, yang memerlukan penulisan. Basis data tidak diubah.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version. It was left exactly as it was, and a copy made before the attempt is at:
{backup}

Reason: {reason}
Details are in the log: {log}</source>
        <translation>Basis data tidak dapat diperbarui ke versi ini. Basis data dibiarkan persis seperti semula, dan salinan yang dibuat sebelum percobaan ada di:
{backup}

Penyebab: {reason}
Rincian ada di log: {log}</translation>
    </message>
    <message>
        <source>The database was not upgraded because the safety copy could not be made: {reason}</source>
        <translation>Basis data tidak diperbarui karena salinan pengaman tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>The database cannot be opened: {reason}</source>
        <translation>Basis data tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>Rutan Desk</source>
        <translation>Rutan Desk</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes):
{path}

This usually means that its data was lost (an interrupted copy, a disk or synchronisation fault). Nothing has been created in its place. Tell the Administrator.</source>
        <translation>Berkas database kosong (0 bita):
{path}

Biasanya ini berarti datanya hilang (penyalinan terputus, gangguan disk atau sinkronisasi). Tidak ada yang dibuat sebagai gantinya. Beri tahu Administrator.</translation>
    </message>
    <message>
        <source>There is no verified backup in {folder}.</source>
        <translation>Tidak ada cadangan terverifikasi di {folder}.</translation>
    </message>
    <message>
        <source>The latest verified backup was made on {date} at {time} ({name}). Restoring it brings the data back as it was then; what was entered after it must be entered again.</source>
        <translation>Cadangan terverifikasi terakhir dibuat pada {date} pukul {time} ({name}). Memulihkannya mengembalikan data seperti saat itu; yang dimasukkan sesudahnya harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Pulihkan cadangan {date}</translation>
    </message>
    <message>
        <source>Start a new empty database…</source>
        <translation>Mulai database baru yang kosong…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}

The empty database file was left as it was. Details are in the log: {log}</source>
        <translation>Cadangan tidak dapat dipulihkan: {reason}

Berkas database yang kosong dibiarkan seperti semula. Rinciannya ada di log: {log}</translation>
    </message>
    <message>
        <source>The backup of {date} was restored. What was entered after it is not in the database: enter it again. The empty file was kept as:
{kept}</source>
        <translation>Cadangan {date} telah dipulihkan. Yang dimasukkan sesudahnya tidak ada di database: masukkan lagi. Berkas kosong disimpan sebagai:
{kept}</translation>
    </message>
    <message>
        <source>Start a new, empty database?

Everything the lost database held stays lost unless a copy of it exists elsewhere. The empty file is not deleted: it is kept beside the new database under another name.</source>
        <translation>Mulai database baru yang kosong?

Semua isi database yang hilang tetap hilang kecuali ada salinannya di tempat lain. Berkas kosong tidak dihapus: disimpan di samping database baru dengan nama lain.</translation>
    </message>
    <message>
        <source>The disk holding the data of Rutan Desk is full ({free} MB free in {path}). Nothing can be saved until space is freed: empty the recycle bin or move old files elsewhere, then start Rutan Desk again.</source>
        <translation>Disk tempat data Rutan Desk penuh (sisa {free} MB di {path}). Tidak ada yang dapat disimpan sampai ada ruang kosong: kosongkan Recycle Bin atau pindahkan berkas lama ke tempat lain, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to (a read-only disk or folder, or no permission). Rutan Desk keeps its database, backups and audit anchors there. Ask the administrator of this PC for permission to write there, then start Rutan Desk again.</source>
        <translation>Folder {path} tidak dapat ditulisi (disk atau folder hanya-baca, atau tidak ada izin). Rutan Desk menyimpan basis data, cadangan, dan jangkar audit di sana. Mintalah izin menulis di sana kepada pengelola PC ini, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The database file {path} is write-protected (read-only). Ask the administrator of this PC to remove the protection, then start Rutan Desk again.</source>
        <translation>Berkas basis data {path} dilindungi dari penulisan (hanya-baca). Mintalah pengelola PC ini melepas perlindungannya, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>Meanwhile the data can be opened for viewing and printing only: nothing is saved, nothing is backed up.</source>
        <translation>Sementara itu data dapat dibuka hanya untuk dilihat dan dicetak: tidak ada yang disimpan, tidak ada yang dicadangkan.</translation>
    </message>
    <message>
        <source>Open for viewing only</source>
        <translation>Buka hanya untuk dilihat</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Deactivate person</source>
        <translation>Nonaktifkan personel</translation>
    </message>
    <message>
        <source>Reactivate person</source>
        <translation>Aktifkan kembali personel</translation>
    </message>
    <message>
        <source>{name} will no longer be offered for duty. Records that name this person keep the name.</source>
        <translation>{name} tidak akan lagi dijadwalkan bertugas. Catatan yang memuat namanya tetap utuh.</translation>
    </message>
    <message>
        <source>{name} will be offered for duty again.</source>
        <translation>{name} akan dapat dijadwalkan bertugas lagi.</translation>
    </message>
    <message>
        <source>From &amp;date</source>
        <translation>Mulai &amp;tanggal</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap duty</source>
        <translation>Tukar jaga</translation>
    </message>
    <message>
        <source>{name} on {day}: {code}</source>
        <translation>{name} pada {day}: {code}</translation>
    </message>
    <message>
        <source>Swap &amp;with</source>
        <translation>Tukar &amp;dengan</translation>
    </message>
    <message>
        <source>Their &amp;day</source>
        <translation>&amp;Tanggal miliknya</translation>
    </message>
    <message>
        <source>Why, and who agreed</source>
        <translation>Alasan, dan siapa yang menyetujui</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>T&amp;ukar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>After the swap: {me} {theirs}, {other} {mine}.</source>
        <translation>Setelah ditukar: {me} {theirs}, {other} {mine}.</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Aturan dilanggar</translation>
    </message>
    <message>
        <source>This swap breaks a rule:
{problems}

To swap anyway, give the reason (it is recorded):</source>
        <translation>Tukar jaga ini melanggar aturan:
{problems}

Untuk tetap menukar, tuliskan alasannya (akan dicatat):</translation>
    </message>
</context>
<context>
    <name>SwapsDialog</name>
    <message>
        <source>Swaps in {month}</source>
        <translation>Tukar jaga {month}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Undo the swap</source>
        <translation>&amp;Batalkan tukar jaga</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>Undo the swap</source>
        <translation>Batalkan tukar jaga</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} could not be written. If the file is open in Excel, close it and export again; otherwise choose a folder you may write to.</source>
        <translation>{path} tidak dapat ditulis. Bila berkas itu sedang terbuka di Excel, tutup lalu ekspor lagi; bila tidak, pilih folder yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>{path} could not be written:
{reason}</source>
        <translation>{path} tidak dapat ditulis:
{reason}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;or…</translation>
    </message>
    <message>
        <source>Save the list as shown (filtered and sorted) for Excel: .xlsx or .csv</source>
        <translation>Simpan daftar seperti yang tampil (tersaring dan terurut) untuk Excel: .xlsx atau .csv</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>&amp;Staff</source>
        <translation>Pe&amp;gawai</translation>
    </message>
    <message>
        <source>&amp;Duty roster</source>
        <translation>&amp;Jadwal Jaga</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>Se&amp;rah Terima</translation>
    </message>
    <message>
        <source>&amp;Kamtib</source>
        <translation>&amp;Kamtib</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>Kerja Sa&amp;ma</translation>
    </message>
    <message>
        <source>Letter &amp;register</source>
        <translation>Register &amp;Surat</translation>
    </message>
</context>
<context>
    <name>TrailCheck</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
    <message>
        <source>The database file is damaged, so the audit trail could not be checked: {detail}

Stop working with this database, keep the file for examination and restore the latest backup (File → Backups and restore).</source>
        <translation>Berkas basis data rusak sehingga jejak audit tidak dapat diperiksa: {detail}

Hentikan pekerjaan dengan basis data ini, simpan berkasnya untuk diperiksa, dan pulihkan cadangan terakhir (Berkas → Cadangan dan pemulihan).</translation>
    </message>
    <message>
        <source>The audit trail is complete: {count} changes recorded, none altered or removed, and every record in the database is accounted for by it.</source>
        <translation>Jejak audit utuh: {count} perubahan tercatat, tidak ada yang diubah atau dihapus, dan setiap data dalam basis data tercatat di dalamnya.</translation>
    </message>
    <message>
        <source>It agrees with {anchors} records of it kept outside the database (backups and this PC&apos;s notes).</source>
        <translation>Jejak audit sesuai dengan {anchors} catatan tentangnya yang disimpan di luar basis data (cadangan dan catatan PC ini).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Rutan Desk. Keep this database file as evidence, tell the Karutan, and restore a backup made before the change.</source>
        <translation>Jejak audit telah diubah di luar Rutan Desk. Simpan berkas basis data ini sebagai barang bukti, laporkan kepada Karutan, dan pulihkan cadangan yang dibuat sebelum perubahan itu.</translation>
    </message>
    <message>
        <source>Records the trail does not account for (written around Rutan Desk, or the trail was emptied or cut short):</source>
        <translation>Data yang tidak tercatat dalam jejak audit (ditulis tanpa melalui Rutan Desk, atau jejak audit dikosongkan atau dipotong):</translation>
    </message>
    <message>
        <source>Entries seen earlier outside the database are no longer the same:</source>
        <translation>Entri yang sebelumnya terlihat di luar basis data sudah tidak sama:</translation>
    </message>
    <message>
        <source>its content was changed after it was recorded</source>
        <translation>isinya diubah setelah dicatat</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>entri itu dihapus</translation>
    </message>
    <message>
        <source>it no longer follows the entry before it</source>
        <translation>entri itu tidak lagi menyambung dengan entri sebelumnya</translation>
    </message>
    <message>
        <source>entries at the end of the trail were removed or added</source>
        <translation>entri di akhir jejak audit dihapus atau ditambahkan</translation>
    </message>
    <message>
        <source>First break at entry {entry}: {reason}.</source>
        <translation>Rantai pertama kali terputus pada entri {entry}: {reason}.</translation>
    </message>
    <message>
        <source>{count} without their creation on the trail (no. {ids})</source>
        <translation>{count} tanpa catatan pembuatannya di jejak audit (no. {ids})</translation>
    </message>
    <message>
        <source>{count} gone without their removal on the trail (no. {ids})</source>
        <translation>{count} hilang tanpa catatan penghapusannya di jejak audit (no. {ids})</translation>
    </message>
    <message>
        <source>{found} rows where the trail accounts for {expected}</source>
        <translation>{found} baris, padahal menurut jejak audit {expected}</translation>
    </message>
    <message>
        <source>it is no longer on the trail</source>
        <translation>entri itu sudah tidak ada di jejak audit</translation>
    </message>
    <message>
        <source>it is there with other content</source>
        <translation>entri itu masih ada tetapi isinya berbeda</translation>
    </message>
    <message>
        <source>the trail now ends before it</source>
        <translation>jejak audit sekarang berakhir sebelum entri itu</translation>
    </message>
    <message>
        <source>entry {entry}, seen by {source}: {reason}</source>
        <translation>entri {entry}, dilihat oleh {source}: {reason}</translation>
    </message>
    <message>
        <source>the backup {name}</source>
        <translation>cadangan {name}</translation>
    </message>
    <message>
        <source>this PC at start-up on {when}</source>
        <translation>PC ini saat dibuka pada {when}</translation>
    </message>
    <message>
        <source>the check of {when}</source>
        <translation>pemeriksaan {when}</translation>
    </message>
    <message>
        <source>{count} older records were not compared: they belong to an earlier database in this place or to the state a restore replaced.</source>
        <translation>{count} catatan lama tidak dibandingkan: catatan itu milik basis data sebelumnya di tempat ini atau keadaan yang telah diganti oleh pemulihan.</translation>
    </message>
    <message>
        <source>Check a printed code</source>
        <translation>Periksa kode dokumen</translation>
    </message>
    <message>
        <source>The code at the foot of an issued document (&quot;Kode jejak audit&quot;, e.g. 1234-3F9AC21B):</source>
        <translation>Kode di bagian bawah dokumen yang sudah terbit (&quot;Kode jejak audit&quot;, mis. 1234-3F9AC21B):</translation>
    </message>
    <message>
        <source>{code} is not a code of the audit trail: it is a number, a dash and eight letters or digits, e.g. 1234-3F9AC21B.</source>
        <translation>{code} bukan kode jejak audit: kode terdiri dari angka, tanda hubung, dan delapan huruf atau angka, mis. 1234-3F9AC21B.</translation>
    </message>
    <message>
        <source>The code matches: entry {entry} of the audit trail, recorded {when}, is still there unchanged. The trail up to the day this document was issued was not rewritten.</source>
        <translation>Kode cocok: entri {entry} jejak audit, dicatat {when}, masih ada dan tidak berubah. Jejak audit sampai hari dokumen ini terbit tidak ditulis ulang.</translation>
    </message>
    <message>
        <source>The code does not match: entry {entry} is no longer on the audit trail.</source>
        <translation>Kode tidak cocok: entri {entry} sudah tidak ada di jejak audit.</translation>
    </message>
    <message>
        <source>The code does not match: entry {entry} of the audit trail has other content.</source>
        <translation>Kode tidak cocok: isi entri {entry} jejak audit sudah berbeda.</translation>
    </message>
    <message>
        <source>A backup was restored on {when}: a document issued before it, after the backup that was restored, carries a code of the state that was replaced.</source>
        <translation>Cadangan telah dipulihkan pada {when}: dokumen yang terbit sebelum pemulihan itu, tetapi setelah cadangan yang dipulihkan dibuat, memuat kode dari keadaan yang telah diganti.</translation>
    </message>
    <message>
        <source>The audit trail was rewritten after this document was issued. Keep the database file as evidence and tell the Karutan.</source>
        <translation>Jejak audit ditulis ulang setelah dokumen ini terbit. Simpan berkas basis data sebagai barang bukti dan laporkan kepada Karutan.</translation>
    </message>
</context>
<context>
    <name>ViewDialogs</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ViewOnly</name>
    <message>
        <source>The database&apos;s folder cannot be written to (read-only or no permission). Ask the administrator of this PC for permission to write there, then start Rutan Desk again.</source>
        <translation>Folder basis data tidak dapat ditulisi (hanya-baca atau tidak ada izin). Mintalah izin menulis di sana kepada pengelola PC ini, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The database file is write-protected (read-only). Ask the administrator of this PC to remove the protection, then start Rutan Desk again.</source>
        <translation>Berkas basis data dilindungi dari penulisan (hanya-baca). Mintalah pengelola PC ini melepas perlindungannya, lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space (empty the recycle bin, move old files elsewhere), then start Rutan Desk again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang (Recycle Bin, pindahkan berkas lama ke tempat lain), lalu jalankan Rutan Desk lagi.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest verified backup (File → Backups and restore) and keep the damaged file for examination.</source>
        <translation>Berkas basis data rusak. Pulihkan cadangan terverifikasi terakhir (Berkas → Cadangan dan pemulihan) dan simpan berkas yang rusak untuk diperiksa.</translation>
    </message>
    <message>
        <source>The database is open for viewing only: nothing was saved.</source>
        <translation>Basis data dibuka hanya untuk dilihat: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>VIEW ONLY — nothing can be saved</source>
        <translation>HANYA DILIHAT — tidak ada yang dapat disimpan</translation>
    </message>
</context>
<context>
    <name>_AccountForm</name>
    <message>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Type to search a name</source>
        <translation>Ketik untuk mencari nama</translation>
    </message>
</context>
</TS>
