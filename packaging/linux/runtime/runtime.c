/*
 * Jobdesk's AppImage runtime (type 2), written for this project.
 *
 * A type-2 AppImage is this program (an ELF executable) with a squashfs image appended to it.
 * The runtime finds where its own ELF file ends (the section header table is the last part of
 * the file the linker writes), which is where the squashfs image starts, and then:
 *
 *   - normally: mounts the image read-only with FUSE (squashfuse's low-level operations serve
 *     the requests from a thread of this process) on a fresh directory in $TMPDIR, runs AppRun
 *     from it as a child process, and unmounts and removes the directory when AppRun exits;
 *   - when FUSE is unavailable (no /dev/fuse, no fusermount3, a mount that fails) or when asked
 *     (--appimage-extract-and-run or APPIMAGE_EXTRACT_AND_RUN=1): extracts the image into a
 *     fresh directory in $TMPDIR, runs AppRun from there and deletes the directory afterwards.
 *
 * AppRun gets APPIMAGE (this file's absolute path), APPDIR (the mounted or extracted root),
 * ARGV0 (argv[0] as typed) and OWD (the working directory at start) in its environment, and
 * every argument that is not a runtime option. The runtime's exit status is AppRun's.
 *
 * Runtime options (only as the first argument; everything else goes to AppRun):
 *   --appimage-extract [PATTERN]   extract into ./squashfs-root (paths matching the fnmatch
 *                                  PATTERN only, if given) and exit
 *   --appimage-extract-and-run     skip FUSE and extract to a temporary directory
 *   --appimage-offset              print the squashfs image's byte offset and exit
 *   --appimage-version             print the runtime's version and exit
 *   --appimage-help                list these options
 *
 * Build: packaging/linux/make-appimage.sh (static link against Debian's libsquashfuse,
 * libfuse3 and the compression libraries; then "AI\x02" is written at byte 8 of the ELF
 * header, the type-2 AppImage magic).
 */
#define _GNU_SOURCE

#include <squashfuse/ll.h>

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNTIME_VERSION "jobdesk-appimage-runtime 1"
#define EXIT_RUNTIME_FAILURE 127

static void die(const char *what)
{
    fprintf(stderr, "AppImage runtime: %s: %s\n", what, strerror(errno));
    exit(EXIT_RUNTIME_FAILURE);
}

/* ---- where the squashfs image starts --------------------------------------------------- */

/* The end of the ELF file: the section header table (e_shoff + e_shnum * e_shentsize), or the
 * end of the program header table if that lies further (it never does for linker output, but
 * the check is cheap). Returns 0 when the file is not an ELF file this runtime understands. */
static off_t elf_size(int fd)
{
    unsigned char ident[EI_NIDENT];
    if (pread(fd, ident, sizeof ident, 0) != (ssize_t)sizeof ident || memcmp(ident, ELFMAG, SELFMAG) != 0)
        return 0;
    if (ident[EI_DATA] != ELFDATA2LSB) /* we only ever build for little-endian targets */
        return 0;
    if (ident[EI_CLASS] == ELFCLASS64) {
        Elf64_Ehdr eh;
        if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh)
            return 0;
        off_t sh_end = (off_t)eh.e_shoff + (off_t)eh.e_shnum * eh.e_shentsize;
        off_t ph_end = (off_t)eh.e_phoff + (off_t)eh.e_phnum * eh.e_phentsize;
        return sh_end > ph_end ? sh_end : ph_end;
    }
    if (ident[EI_CLASS] == ELFCLASS32) {
        Elf32_Ehdr eh;
        if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh)
            return 0;
        off_t sh_end = (off_t)eh.e_shoff + (off_t)eh.e_shnum * eh.e_shentsize;
        off_t ph_end = (off_t)eh.e_phoff + (off_t)eh.e_phnum * eh.e_phentsize;
        return sh_end > ph_end ? sh_end : ph_end;
    }
    return 0;
}

/* ---- extraction ------------------------------------------------------------------------- */

static int write_all(int fd, const char *buf, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, buf, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        buf += n;
        size -= (size_t)n;
    }
    return 0;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *dest)
{
    int out = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (out < 0)
        return -1;
    static char buf[1 << 16];
    sqfs_off_t offset = 0, total = inode->xtra.reg.file_size;
    while (offset < total) {
        sqfs_off_t size = total - offset < (sqfs_off_t)sizeof buf ? total - offset : (sqfs_off_t)sizeof buf;
        if (sqfs_read_range(fs, inode, offset, &size, buf) != SQFS_OK || size <= 0
            || write_all(out, buf, (size_t)size) != 0) {
            close(out);
            errno = EIO;
            return -1;
        }
        offset += size;
    }
    /* open() applied the umask; the image's modes are what the AppDir had. */
    if (fchmod(out, inode->base.mode & 07777) != 0) {
        close(out);
        return -1;
    }
    return close(out);
}

static int extract_symlink(sqfs *fs, sqfs_inode *inode, const char *dest)
{
    size_t size = 0;
    if (sqfs_readlink(fs, inode, NULL, &size) != SQFS_OK)
        return -1;
    char *target = malloc(size);
    if (!target)
        return -1;
    int rc = -1;
    if (sqfs_readlink(fs, inode, target, &size) == SQFS_OK) {
        unlink(dest); /* re-extracting over an earlier squashfs-root */
        rc = symlink(target, dest);
    }
    free(target);
    return rc;
}

/* Extracts the image at `offset` of `image` below `dest_root` (which must exist). With a
 * pattern, only files and links whose path (relative to the root) matches it (fnmatch) are
 * written; every directory is created. Returns 0 on success. */
static int extract_image(const char *image, off_t offset, const char *dest_root, const char *pattern)
{
    int fd = open(image, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        perror(image);
        return -1;
    }
    sqfs fs;
    if (sqfs_init(&fs, fd, (size_t)offset) != SQFS_OK) {
        fprintf(stderr, "AppImage runtime: no squashfs image at offset %lld of %s\n", (long long)offset, image);
        close(fd);
        return -1;
    }
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        sqfs_destroy(&fs);
        close(fd);
        return -1;
    }
    int rc = 0;
    sqfs_err err = SQFS_OK;
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        const int is_dir = sqfs_dentry_is_dir(&trv.entry);
        if (pattern && !is_dir && fnmatch(pattern, trv.path, FNM_PATHNAME) != 0)
            continue;
        char dest[PATH_MAX];
        if (snprintf(dest, sizeof dest, "%s/%s", dest_root, trv.path) >= (int)sizeof dest) {
            fprintf(stderr, "AppImage runtime: path too long: %s\n", trv.path);
            rc = -1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, sqfs_dentry_inode(&trv.entry)) != SQFS_OK) {
            rc = -1;
            break;
        }
        if (S_ISDIR(inode.base.mode)) {
            /* Owner-writable while we fill it; AppDirs have 0755 directories anyway. */
            if (mkdir(dest, (inode.base.mode & 07777) | S_IRWXU) != 0 && errno != EEXIST)
                rc = -1;
        } else if (S_ISREG(inode.base.mode)) {
            rc = extract_file(&fs, &inode, dest);
        } else if (S_ISLNK(inode.base.mode)) {
            rc = extract_symlink(&fs, &inode, dest);
        } /* devices, fifos and sockets have no place in an AppDir: skipped */
        if (rc != 0)
            fprintf(stderr, "AppImage runtime: cannot extract %s: %s\n", dest, strerror(errno));
    }
    if (err != SQFS_OK) {
        fprintf(stderr, "AppImage runtime: corrupt squashfs image in %s\n", image);
        rc = -1;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    close(fd);
    return rc;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    int rc = (type == FTW_DP) ? rmdir(path) : unlink(path);
    if (rc != 0)
        fprintf(stderr, "AppImage runtime: cannot remove %s: %s\n", path, strerror(errno));
    return 0; /* keep going: remove as much as possible */
}

static void remove_tree(const char *path)
{
    nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ---- running AppRun ---------------------------------------------------------------------- */

static volatile pid_t child_pid = 0;

static void forward_signal(int sig)
{
    if (child_pid > 0)
        kill(child_pid, sig);
}

/* Runs APPDIR/AppRun with argv[1..] and waits for it; signals that would end the runtime are
 * passed on to AppRun instead, so that the cleanup after it always runs. Returns a status to
 * exit with (AppRun's exit code, or 128 + the signal that ended it). */
static int run_apprun(const char *appdir, const char *appimage, int argc, char **argv)
{
    char apprun[PATH_MAX];
    if (snprintf(apprun, sizeof apprun, "%s/AppRun", appdir) >= (int)sizeof apprun) {
        fprintf(stderr, "AppImage runtime: path too long: %s\n", appdir);
        return EXIT_RUNTIME_FAILURE;
    }
    char owd[PATH_MAX];
    if (!getcwd(owd, sizeof owd))
        owd[0] = '\0';
    setenv("APPIMAGE", appimage, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv[0], 1);
    setenv("OWD", owd, 1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; ++i)
        sigaction(forwarded[i], &sa, NULL);

    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; ++i)
            signal(forwarded[i], SIG_DFL);
        char **args = calloc((size_t)argc + 1, sizeof *args);
        if (!args)
            _exit(EXIT_RUNTIME_FAILURE);
        args[0] = apprun;
        for (int i = 1; i < argc; ++i)
            args[i] = argv[i];
        execv(apprun, args);
        fprintf(stderr, "AppImage runtime: cannot run %s: %s\n", apprun, strerror(errno));
        _exit(EXIT_RUNTIME_FAILURE);
    }
    child_pid = pid;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            die("waitpid");
    }
    child_pid = 0;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return EXIT_RUNTIME_FAILURE;
}

static char *make_temp_dir(const char *prefix)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    char *path = NULL;
    if (asprintf(&path, "%s/%sXXXXXX", tmp, prefix) < 0)
        return NULL;
    if (!mkdtemp(path)) {
        free(path);
        return NULL;
    }
    return path;
}

static int extract_and_run(const char *appimage, off_t offset, int argc, char **argv)
{
    char *dir = make_temp_dir("appimage_extracted_");
    if (!dir)
        die("cannot create a temporary directory");
    int status = EXIT_RUNTIME_FAILURE;
    if (extract_image(appimage, offset, dir, NULL) == 0)
        status = run_apprun(dir, appimage, argc, argv);
    remove_tree(dir);
    free(dir);
    return status;
}

/* ---- FUSE ------------------------------------------------------------------------------- */

static void *serve_fuse(void *session)
{
    fuse_session_loop((struct fuse_session *)session);
    return NULL;
}

/* Mounts the image and runs AppRun from the mount. Returns -1 (before AppRun ran) when FUSE
 * cannot be used, so the caller can fall back to extracting; otherwise AppRun's status. */
static int mount_and_run(const char *appimage, off_t offset, int argc, char **argv)
{
    if (access("/dev/fuse", F_OK) != 0) /* no FUSE in this kernel or container */
        return -1;

    sqfs_ll *ll = sqfs_ll_open(appimage, (size_t)offset);
    if (!ll)
        return -1;
    char *mountpoint = make_temp_dir(".mount_jobdesk_");
    if (!mountpoint) {
        sqfs_ll_destroy(ll);
        free(ll);
        return -1;
    }

    static struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    char *fuse_argv[] = {argv[0], "-o", "ro", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, fuse_argv);
    sqfs_ll_chan ch;
    if (sqfs_ll_mount(&ch, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK) {
        rmdir(mountpoint);
        free(mountpoint);
        sqfs_ll_destroy(ll);
        free(ll);
        return -1;
    }

    /* Requests are served by a thread; signals go to the main thread only (it forwards them). */
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    pthread_t server;
    int started = pthread_create(&server, NULL, serve_fuse, ch.session);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (started != 0) {
        sqfs_ll_unmount(&ch, mountpoint);
        rmdir(mountpoint);
        free(mountpoint);
        return -1;
    }

    int status = run_apprun(mountpoint, appimage, argc, argv);

    /* Lazy unmount: processes AppRun left behind keep their open files until they exit; the
     * server thread ends once the kernel has released the mount. */
    fuse_session_exit(ch.session);
    fuse_session_unmount(ch.session);
    pthread_join(server, NULL);
    fuse_session_destroy(ch.session);
    rmdir(mountpoint);
    free(mountpoint);
    sqfs_ll_destroy(ll);
    free(ll);
    return status;
}

/* ---- main ------------------------------------------------------------------------------- */

static void usage(void)
{
    puts("This is an AppImage: an application packed with its libraries in one file.\n"
         "Runtime options (as the first argument):\n"
         "  --appimage-extract [PATTERN]  extract the contents into ./squashfs-root\n"
         "  --appimage-extract-and-run    run without FUSE, from a temporary extraction\n"
         "  --appimage-offset             print the offset of the embedded squashfs image\n"
         "  --appimage-version            print the version of this runtime\n"
         "  --appimage-help               show this help\n"
         "All other arguments are passed to the application.");
}

int main(int argc, char **argv)
{
    char appimage[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", appimage, sizeof appimage - 1);
    if (len < 0)
        die("cannot find this AppImage (/proc/self/exe)");
    appimage[len] = '\0';

    int fd = open(appimage, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        die(appimage);
    const off_t offset = elf_size(fd);
    close(fd);
    if (offset <= 0) {
        fprintf(stderr, "AppImage runtime: %s is not an ELF file this runtime understands\n", appimage);
        return EXIT_RUNTIME_FAILURE;
    }

    const char *option = argc > 1 ? argv[1] : "";
    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (strcmp(option, "--appimage-version") == 0) {
        puts(RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(option, "--appimage-help") == 0) {
        usage();
        return 0;
    }
    if (strcmp(option, "--appimage-extract") == 0) {
        const char *pattern = argc > 2 ? argv[2] : NULL;
        if (mkdir("squashfs-root", 0755) != 0 && errno != EEXIST)
            die("cannot create squashfs-root");
        if (extract_image(appimage, offset, "squashfs-root", pattern) != 0)
            return EXIT_RUNTIME_FAILURE;
        return 0;
    }
    if (strcmp(option, "--appimage-extract-and-run") == 0) {
        /* Drop the option: AppRun sees the remaining arguments. */
        argv[1] = argv[0];
        return extract_and_run(appimage, offset, argc - 1, argv + 1);
    }
    if (strncmp(option, "--appimage-", 11) == 0) {
        fprintf(stderr, "AppImage runtime: unknown option %s (see --appimage-help)\n", option);
        return EXIT_RUNTIME_FAILURE;
    }

    const char *force_extract = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (!(force_extract && strcmp(force_extract, "1") == 0)) {
        int status = mount_and_run(appimage, offset, argc, argv);
        if (status >= 0)
            return status;
        if (!getenv("APPIMAGE_SILENT"))
            fprintf(stderr, "AppImage runtime: FUSE is not available here; "
                            "running from a temporary extraction instead\n");
    }
    return extract_and_run(appimage, offset, argc, argv);
}
