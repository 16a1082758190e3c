"""The network of a Solaris: its data links (links), its IP stacks and the interfaces
plumbed in them (stack), and the tools that show and change them: ifconfig and dladm
(runtime.md §4)."""
