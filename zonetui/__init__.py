"""zonetui: a simulated data centre of Sun CMT servers, Logical Domains and Solaris 10 zones."""

__version__ = "0.1.0"
