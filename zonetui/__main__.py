from zonetui.cli import main

raise SystemExit(main())
