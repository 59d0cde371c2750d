//! Saving and reading under attack and accident: links, modes, kills, sizes.

use super::*;

const BACKUP: WriteMode = WriteMode {
    private: false,
    backup: true,
};

fn leftovers(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_save_replaces_the_file_and_keeps_the_previous_one_as_bak() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    write_atomic(&path, b"first").unwrap();
    assert!(
        !with_suffix(&path, ".bak").exists(),
        "nothing to back up on the first save"
    );
    write_atomic(&path, b"second").unwrap();
    write_atomic(&path, b"third").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"third");
    assert_eq!(fs::read(with_suffix(&path, ".bak")).unwrap(), b"second");
    assert_eq!(leftovers(folder.path()), ["map.ron", "map.ron.bak"]);
}

#[test]
fn an_interrupted_save_leaves_the_previous_file_intact() {
    for failing_step in [SaveStep::TempWritten, SaveStep::BackupWritten] {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        write_atomic(&path, b"old version").unwrap();
        let result = write_atomic_with(&path, b"new version", BACKUP, &mut |step| {
            if step == failing_step {
                Err(io::Error::other("simulated crash"))
            } else {
                Ok(())
            }
        });
        assert!(result.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old version", "{failing_step:?}");
        if failing_step == SaveStep::BackupWritten {
            assert_eq!(
                fs::read(with_suffix(&path, ".bak")).unwrap(),
                b"old version"
            );
        }
        let names = leftovers(folder.path());
        assert!(names.iter().all(|n| !n.contains("saving")), "{names:?}");
    }
}

#[test]
fn a_save_into_a_missing_folder_fails_without_creating_anything() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("missing").join("map.ron");
    assert!(write_atomic(&path, b"x").is_err());
    assert!(leftovers(folder.path()).is_empty());
}

#[test]
fn reading_refuses_files_over_the_limit() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.ron");
    fs::write(&path, vec![b' '; 2048]).unwrap();
    assert!(matches!(
        read_limited(&path, 1024),
        Err(ReadError::TooLarge {
            size: 2048,
            limit: 1024
        })
    ));
    assert_eq!(read_limited(&path, 4096).unwrap().len(), 2048);
}

#[test]
fn reading_a_folder_is_refused_as_not_a_file() {
    let folder = tempfile::tempdir().unwrap();
    assert!(matches!(
        read_limited(folder.path(), 1024),
        Err(ReadError::NotAFile)
    ));
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    fn mode_of(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn reading_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer() {
        let folder = tempfile::tempdir().unwrap();
        let fifo = folder.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let (sender, receiver) = std::sync::mpsc::channel();
        let reader = fifo.clone();
        std::thread::spawn(move || {
            let _ = sender.send(read_limited(&reader, 1024));
        });
        let result = receiver
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("reading a FIFO returned within 5 s");
        assert!(matches!(result, Err(ReadError::NotAFile)), "{result:?}");
    }

    #[test]
    fn a_save_through_a_symlink_writes_the_target_and_keeps_the_link() {
        let folder = tempfile::tempdir().unwrap();
        let real_folder = folder.path().join("real");
        fs::create_dir(&real_folder).unwrap();
        let real = real_folder.join("map.ron");
        fs::write(&real, b"old").unwrap();
        let link = folder.path().join("link.ron");
        symlink("real/map.ron", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(fs::read(real_folder.join("map.ron.bak")).unwrap(), b"old");
        assert_eq!(leftovers(folder.path()), ["link.ron", "real"]);
    }

    #[test]
    fn a_save_through_a_dangling_symlink_creates_the_target() {
        let folder = tempfile::tempdir().unwrap();
        let link = folder.path().join("link.ron");
        symlink("target.ron", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(folder.path().join("target.ron")).unwrap(), b"new");
    }

    #[test]
    fn a_save_of_a_hard_linked_file_updates_every_link() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        let other = folder.path().join("shared.ron");
        fs::write(&path, b"old").unwrap();
        fs::hard_link(&path, &other).unwrap();
        write_atomic(&path, b"new version").unwrap();
        assert_eq!(fs::read(&other).unwrap(), b"new version");
        assert_eq!(fs::read(&path).unwrap(), b"new version");
        assert_eq!(
            fs::metadata(&path).unwrap().ino(),
            fs::metadata(&other).unwrap().ino()
        );
        assert_eq!(fs::read(with_suffix(&path, ".bak")).unwrap(), b"old");
    }

    #[test]
    fn a_save_keeps_the_files_permissions_and_its_backup_too() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        for mode in [0o600, 0o640, 0o604] {
            fs::write(&path, b"old").unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            write_atomic(&path, b"new").unwrap();
            assert_eq!(mode_of(&path), mode);
            assert_eq!(mode_of(&with_suffix(&path, ".bak")), mode);
        }
    }

    #[test]
    fn private_files_are_owner_only_even_over_a_readable_one() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("recovery.ron");
        write_private(&path, b"first").unwrap();
        assert_eq!(mode_of(&path), 0o600);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"second").unwrap();
        assert_eq!(mode_of(&path), 0o600);
        assert_eq!(leftovers(folder.path()), ["recovery.ron"]);
    }

    #[test]
    fn a_symlink_planted_at_the_temporary_name_is_never_followed() {
        let folder = tempfile::tempdir().unwrap();
        let victim = folder.path().join("victim.txt");
        fs::write(&victim, b"precious").unwrap();
        let path = folder.path().join("map.ron");
        let pid = std::process::id();
        let next = TEMP_COUNTER.load(Ordering::Relaxed);
        for n in next..next + 8 {
            let planted = folder.path().join(format!(".map.ron.saving-{pid}-{n}"));
            symlink(&victim, planted).unwrap();
        }
        write_atomic(&path, b"the map").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert_eq!(fs::read(&path).unwrap(), b"the map");
    }

    #[test]
    fn temporary_files_of_dead_processes_are_removed_by_the_next_save() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        // Above the kernel's largest process id, so never a running process.
        let dead = folder.path().join(".map.ron.saving-99999999-0");
        let dead_backup = folder.path().join(".map.ron.backup-99999999-3");
        let ours = folder
            .path()
            .join(format!(".map.ron.saving-{}-999999", std::process::id()));
        let unrelated = folder.path().join(".other.ron.saving-99999999-0");
        for file in [&dead, &dead_backup, &ours, &unrelated] {
            fs::write(file, b"partial").unwrap();
        }
        write_atomic(&path, b"map").unwrap();
        assert!(!dead.exists() && !dead_backup.exists());
        assert!(ours.exists(), "a running process's temporary file stays");
        assert!(unrelated.exists(), "another file's temporary files stay");
    }
}
