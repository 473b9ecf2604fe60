"""dicom_net."""
